'use client';

import { useState } from 'react';
import { CircleAlert, CircleCheck, FlaskConical, Star, Trash2 } from 'lucide-react';
import type { ApiKey } from '@/lib/schemas/api-key';
import { LocalTime } from '@/components/local-time';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { cn } from '@/components/ui/utils';
import { useApiRequest } from '@/hooks/use-api-request';
import { keyName, type KeyProvider, type KeyTestResult } from './key-types';

type Props = {
  apiKey: ApiKey;
  provider: KeyProvider;
  /** The key was tested (a success marks it used) or made the default: reload the list. */
  onChanged: (message?: string) => void;
  onDelete: (key: ApiKey) => void;
};

/** One stored key: what identifies it, when it was used, and Test, Make default and Delete. */
export function ApiKeyItem({ apiKey, provider, onChanged, onDelete }: Props) {
  const tester = useApiRequest();
  const defaulter = useApiRequest();
  const [result, setResult] = useState<KeyTestResult | null>(null);
  const name = keyName(apiKey);

  async function test() {
    if (tester.pending) return;
    setResult(null);
    const response = await tester.send<KeyTestResult>(`/api/keys/${apiKey.id}/test`, { method: 'POST' });
    if (!response.ok) return;
    setResult(response.data);
    if (response.data.ok) onChanged();
  }

  async function makeDefault() {
    if (defaulter.pending) return;
    const response = await defaulter.send<{ key: ApiKey }>(`/api/keys/${apiKey.id}`, { method: 'PATCH', body: { isDefault: true } });
    if (response.ok) onChanged(`${capitalize(name)} is now your default ${provider.shortName} key.`);
  }

  const testMessage = tester.pending ? 'Testing the key…' : (result?.message ?? tester.error?.message ?? null);
  const testFailed = !tester.pending && (result ? !result.ok : tester.error !== null);

  return (
    <li data-key-id={apiKey.id} className="grid gap-3 py-4 first:pt-0 last:pb-0">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="grid min-w-0 gap-1">
          <p className="flex flex-wrap items-center gap-2">
            <span className={cn('break-words font-medium', !apiKey.label && 'text-muted-foreground')}>{apiKey.label || 'Unnamed key'}</span>
            {apiKey.isDefault ? (
              <Badge variant="accent">
                <Star aria-hidden="true" />
                Default
              </Badge>
            ) : null}
          </p>
          <p className="font-mono text-sm text-muted-foreground">
            <span aria-hidden="true">••••{apiKey.last4}</span>
            <span className="sr-only">{apiKey.last4 ? `Key ending in ${apiKey.last4}` : 'Key too short to show its end'}</span>
          </p>
          {apiKey.baseUrl ? (
            <p className="break-all font-mono text-xs text-muted-foreground">
              <span className="sr-only">Base URL: </span>
              {apiKey.baseUrl}
            </p>
          ) : null}
          <p className="text-xs text-muted-foreground">
            Added <LocalTime iso={apiKey.createdAt} format="relative" /> ·{' '}
            {apiKey.lastUsedAt ? (
              <>
                last used <LocalTime iso={apiKey.lastUsedAt} format="relative" />
              </>
            ) : (
              'never used'
            )}
          </p>
        </div>
        <div className="flex flex-wrap gap-2 sm:shrink-0 sm:justify-end">
          <Button variant="outline" size="sm" onClick={test} pending={tester.pending}>
            {tester.pending ? null : <FlaskConical aria-hidden="true" />}
            Test<span className="sr-only"> {name}</span>
          </Button>
          {apiKey.isDefault ? null : (
            <Button variant="outline" size="sm" onClick={makeDefault} pending={defaulter.pending}>
              {defaulter.pending ? null : <Star aria-hidden="true" />}
              Make default<span className="sr-only"> {name}</span>
            </Button>
          )}
          <Button
            variant="outline"
            size="sm"
            onClick={() => onDelete(apiKey)}
            className="text-destructive hover:bg-destructive/10 hover:text-destructive"
          >
            <Trash2 aria-hidden="true" />
            Delete<span className="sr-only"> {name}</span>
          </Button>
        </div>
      </div>
      {/* Always present, so screen readers announce the result when it arrives. */}
      <div aria-live="polite" aria-atomic="true" data-testid="key-test-result">
        {testMessage ? (
          <p
            className={cn(
              'flex items-start gap-2 rounded-md border px-3 py-2 text-sm',
              tester.pending && 'text-muted-foreground',
              !tester.pending && !testFailed && 'border-success/40 bg-success/10',
              testFailed && 'border-destructive/40 bg-destructive/10 text-destructive',
            )}
          >
            {tester.pending ? null : testFailed ? (
              <CircleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
            ) : (
              <CircleCheck aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-success" />
            )}
            <span className="min-w-0 break-words">
              <span className="sr-only">{tester.pending ? '' : testFailed ? 'Key test failed: ' : 'Key test passed: '}</span>
              {testMessage}
            </span>
          </p>
        ) : null}
      </div>
      {defaulter.error ? (
        <p role="alert" className="text-sm font-medium text-destructive">
          {defaulter.error.message}
        </p>
      ) : null}
    </li>
  );
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
