'use client';

import { useRef, useState, type FormEvent } from 'react';
import { KeyRound } from 'lucide-react';
import type { ApiKey } from '@/lib/schemas/api-key';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Field, FormError } from '@/components/ui/field';
import { fieldClassName, Input } from '@/components/ui/input';
import { PasswordInput } from '@/components/ui/password-input';
import { cn } from '@/components/ui/utils';
import { formErrors, useApiRequest } from '@/hooks/use-api-request';
import { useFocusFirstInvalid } from '@/hooks/use-focus-first-invalid';
import type { KeyProvider } from './key-types';

const FIELDS = ['provider', 'apiKey', 'label', 'baseUrl', 'isDefault'] as const;
/** Errors the API reports by code rather than by field, and the field each is about. */
const CODE_FIELDS = { invalid_base_url: 'baseUrl', unknown_provider: 'provider' };
/** The API names fields as its JSON does ("baseUrl must be…"); under the field, people read words. */
const FIELD_WORDS: Record<string, string> = { apiKey: 'The key', baseUrl: 'The base URL', label: 'The label', provider: 'The provider' };

type FieldName = (typeof FIELDS)[number];

function inWords(field: string, message: string | undefined): string | undefined {
  if (!message) return undefined;
  const words = FIELD_WORDS[field];
  return words && message.toLowerCase().startsWith(`${field.toLowerCase()} `) ? `${words}${message.slice(field.length)}` : message;
}

type Props = {
  /** The providers a key can be added for (not the keyless built-in one). */
  providers: KeyProvider[];
  /** The provider picked when the dialog opens; null keeps the dialog closed. */
  providerId: string | null;
  /** How many keys the user has for a provider (the first one always becomes the default). */
  keyCount: (providerId: string) => number;
  onClose: () => void;
  onAdded: (key: ApiKey, provider: KeyProvider) => void;
};

/**
 * Adds a provider key. The key is read from its field only when the form is sent, goes
 * nowhere but the request body, and the field is emptied once it is saved.
 */
export function AddKeyDialog({ providers, providerId, keyCount, onClose, onAdded }: Props) {
  const request = useApiRequest();
  const { reset } = request;
  function close() {
    reset();
    onClose();
  }
  return (
    <Dialog
      open={providerId !== null}
      onOpenChange={(open) => (open ? undefined : close())}
      busy={request.pending}
      title="Add an API key"
      description="Keys are stored encrypted. MediaLab never shows a key again, only its last four characters."
    >
      {providerId !== null ? (
        <AddKeyForm
          providers={providers}
          initialProviderId={providerId}
          keyCount={keyCount}
          request={request}
          onClose={close}
          onAdded={onAdded}
        />
      ) : null}
    </Dialog>
  );
}

function AddKeyForm({
  providers,
  initialProviderId,
  keyCount,
  request,
  onClose,
  onAdded,
}: Omit<Props, 'providerId'> & { initialProviderId: string; request: ReturnType<typeof useApiRequest> }) {
  const formRef = useRef<HTMLFormElement>(null);
  const keyInputRef = useRef<HTMLInputElement>(null);
  const [providerId, setProviderId] = useState(
    providers.some((provider) => provider.id === initialProviderId) ? initialProviderId : (providers[0]?.id ?? ''),
  );
  const [makeDefault, setMakeDefault] = useState(false);
  // What is missing, found before anything is sent; the API checks everything again.
  const [missing, setMissing] = useState<Partial<Record<FieldName, string>> | null>(null);
  const { send, pending, error, reset } = request;
  const server = formErrors(error, FIELDS, CODE_FIELDS);
  const fieldError = (field: FieldName) => missing?.[field] ?? inWords(field, server.fieldErrors[field]);
  useFocusFirstInvalid(formRef, missing ?? error);

  const provider = providers.find((candidate) => candidate.id === providerId);
  const firstKey = provider ? keyCount(provider.id) === 0 : true;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending || !provider) return;
    const data = new FormData(event.currentTarget);
    const apiKey = String(data.get('apiKey') ?? '');
    const label = String(data.get('label') ?? '').trim();
    const baseUrl = String(data.get('baseUrl') ?? '').trim();
    const found: Partial<Record<FieldName, string>> = {};
    if (!apiKey.trim() && !provider.keyOptional) found.apiKey = `Paste your ${provider.shortName} API key.`;
    if (!baseUrl && provider.baseUrlRequired) found.baseUrl = 'Enter the address of your server, such as http://localhost:11434/v1.';
    if (Object.keys(found).length > 0) {
      reset();
      setMissing(found);
      return;
    }
    setMissing(null);
    const result = await send<{ key: ApiKey }>('/api/keys', {
      method: 'POST',
      body: {
        provider: provider.id,
        apiKey,
        ...(label ? { label } : {}),
        ...(provider.acceptsBaseUrl && baseUrl ? { baseUrl } : {}),
        ...(!firstKey && makeDefault ? { isDefault: true } : {}),
      },
    });
    if (!result.ok) return;
    if (keyInputRef.current) keyInputRef.current.value = '';
    onAdded(result.data.key, provider);
    onClose();
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="grid gap-4">
      <FormError message={missing ? undefined : server.formError} />
      <Field
        name="provider"
        idPrefix="add-key"
        label="Provider"
        hint={provider?.available === false ? `${provider.shortName} cannot run on this server yet; the key is kept for when it can.` : undefined}
        error={fieldError('provider')}
      >
        {(control) => (
          <select
            {...control}
            value={providerId}
            onChange={(event) => {
              setProviderId(event.target.value);
              setMissing(null);
              reset();
            }}
            className={cn(fieldClassName, 'h-10 py-0')}
          >
            {providers.map((option) => (
              <option key={option.id} value={option.id}>
                {option.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      {provider?.note ? <p className="-mt-2 rounded-md bg-muted/60 px-3 py-2 text-xs text-muted-foreground">{provider.note}</p> : null}

      <Field
        name="apiKey"
        idPrefix="add-key"
        label="API key"
        optional={provider?.keyOptional}
        hint={
          provider?.keyOptional
            ? 'A local server such as Ollama needs no key: leave this empty.'
            : 'Paste the key exactly as the provider shows it.'
        }
        error={fieldError('apiKey')}
      >
        {(control) => (
          <PasswordInput
            {...control}
            ref={keyInputRef}
            showLabel="Show key"
            autoComplete="off"
            data-1p-ignore
            data-lpignore="true"
            className="font-mono"
          />
        )}
      </Field>

      {provider?.acceptsBaseUrl ? (
        <Field
          name="baseUrl"
          idPrefix="add-key"
          label="Base URL"
          optional={!provider.baseUrlRequired}
          hint="The address of your server’s OpenAI-compatible API; it usually ends in /v1 (Ollama: http://localhost:11434/v1)."
          error={fieldError('baseUrl')}
        >
          {(control) => (
            <Input
              {...control}
              type="url"
              inputMode="url"
              autoComplete="off"
              spellCheck={false}
              required={provider.baseUrlRequired}
              className="font-mono"
            />
          )}
        </Field>
      ) : null}

      <Field name="label" idPrefix="add-key" label="Label" optional hint="To tell your keys apart, e.g. Personal or Client work." error={fieldError('label')}>
        {(control) => <Input {...control} maxLength={100} autoComplete="off" />}
      </Field>

      <div className="grid gap-1.5">
        <label className="flex items-center gap-2 text-sm font-medium">
          <input
            type="checkbox"
            name="isDefault"
            // The first key of a provider is its default whatever is sent.
            checked={firstKey || makeDefault}
            onChange={(event) => setMakeDefault(event.target.checked)}
            disabled={firstKey}
            aria-describedby="add-key-isDefault-hint"
            className="size-4 accent-primary"
          />
          Make this the default {provider?.shortName ?? ''} key
        </label>
        <p id="add-key-isDefault-hint" className="pl-6 text-xs text-muted-foreground">
          {firstKey ? 'Your first key for a provider is always its default.' : 'Generations use the default key of their provider.'}
        </p>
        {fieldError('isDefault') ? <p className="pl-6 text-sm font-medium text-destructive">{fieldError('isDefault')}</p> : null}
      </div>

      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button variant="outline" onClick={onClose} disabled={pending}>
          Cancel
        </Button>
        <Button type="submit" pending={pending}>
          {pending ? null : <KeyRound aria-hidden="true" />}
          Save key
        </Button>
      </div>
    </form>
  );
}
