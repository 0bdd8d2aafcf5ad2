'use client';

import { useId } from 'react';
import Link from 'next/link';
import { AlertTriangle, KeyRound, ServerOff } from 'lucide-react';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';
import { buttonVariants } from '@/components/ui/button';
import { cn } from '@/components/ui/utils';
import type { StudioForm } from '@/hooks/use-studio-form';
import { describePricing, type CatalogProvider } from './catalog-types';

export const KEYS_PATH = '/settings/keys';

/** Settings → API keys with the Add dialog open for the provider. */
export function addKeyPath(providerId: string): string {
  return `${KEYS_PATH}?provider=${encodeURIComponent(providerId)}`;
}

/** Whether the provider can run a generation now, and what to say when it cannot. */
export function providerState(provider: CatalogProvider): { runnable: boolean; label: string; tone: 'ok' | 'warn' | 'off' } {
  if (!provider.configured) return { runnable: false, label: 'Needs an API key', tone: 'off' };
  if (!provider.available) return { runnable: false, label: 'Not available on this server', tone: 'off' };
  if (provider.health.status === 'unhealthy') return { runnable: true, label: 'Failing lately', tone: 'warn' };
  if (provider.health.status === 'degraded') return { runnable: true, label: 'Slow or failing at times', tone: 'warn' };
  return { runnable: true, label: provider.keyless ? 'Free, runs on this server' : 'Ready', tone: 'ok' };
}

const dotTone = { ok: 'bg-success', warn: 'bg-amber-500', off: 'bg-muted-foreground/50' } as const;

/** Provider and model pickers for one generation type, with what stands in the way of running. */
export function ModelPicker({ form }: { form: StudioForm }) {
  const id = useId().replace(/:/g, '');
  const { provider, model, providers } = form;
  const state = provider ? providerState(provider) : null;
  return (
    <div className="grid gap-4">
      <div className="grid gap-2">
        <Label htmlFor={`${id}-provider`}>Provider</Label>
        <Select value={provider?.id} onValueChange={form.setProvider}>
          <SelectTrigger id={`${id}-provider`}>
            <SelectValue placeholder="Choose a provider" />
          </SelectTrigger>
          <SelectContent>
            {providers.map((candidate) => {
              const candidateState = providerState(candidate);
              return (
                <SelectItem key={candidate.id} value={candidate.id} description={candidateState.label}>
                  <span className="inline-flex items-center gap-2">
                    <span aria-hidden="true" className={cn('size-2 rounded-full', dotTone[candidateState.tone])} />
                    {candidate.name}
                  </span>
                </SelectItem>
              );
            })}
          </SelectContent>
        </Select>
      </div>

      {provider && state && !provider.configured ? (
        <div className="grid gap-2 rounded-lg border border-amber-500/40 bg-amber-500/10 p-3 text-sm" data-testid="provider-needs-key">
          <p className="flex gap-2">
            <KeyRound aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-amber-600 dark:text-amber-400" />
            <span>
              {provider.name} runs with your own API key. Add one to generate; until then you can look at its models and prices.
            </span>
          </p>
          <Link href={addKeyPath(provider.id)} className={buttonVariants({ variant: 'outline', size: 'sm', className: 'justify-self-start' })}>
            Add a key
          </Link>
        </div>
      ) : null}
      {provider && provider.configured && !provider.available ? (
        <p className="flex gap-2 rounded-lg border bg-muted/50 p-3 text-sm">
          <ServerOff aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-muted-foreground" />
          {provider.name} cannot run on this server yet. Pick another provider.
        </p>
      ) : null}
      {provider && provider.health.status !== 'healthy' ? (
        <p className="flex gap-2 rounded-lg border border-amber-500/40 bg-amber-500/10 p-3 text-sm" data-testid="provider-unhealthy">
          <AlertTriangle aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-amber-600 dark:text-amber-400" />
          <span>
            {provider.name} is {provider.health.status === 'unhealthy' ? 'failing' : 'slow or failing at times'}
            {provider.health.lastError ? `: ${provider.health.lastError}` : '.'} Runs may fail; another provider may do for now.
          </span>
        </p>
      ) : null}

      <div className="grid gap-2">
        <Label htmlFor={`${id}-model`}>Model</Label>
        <Select value={model?.id} onValueChange={form.setModel} disabled={!provider}>
          <SelectTrigger id={`${id}-model`} aria-describedby={model ? `${id}-model-hint` : undefined}>
            <SelectValue placeholder="Choose a model" />
          </SelectTrigger>
          <SelectContent>
            {provider?.models.map((candidate) => (
              <SelectItem key={candidate.id} value={candidate.id} description={describePricing(candidate.pricing)}>
                {candidate.name}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
        {model ? (
          <p id={`${id}-model-hint`} className="text-xs text-muted-foreground">
            {model.description ? `${model.description} ` : ''}
            {describePricing(model.pricing)}.
          </p>
        ) : null}
      </div>

      {model?.freeModelName ? (
        <div className="grid gap-2">
          <Label htmlFor={`${id}-custom-model`}>Model name</Label>
          <Input
            id={`${id}-custom-model`}
            value={form.customModel}
            onChange={(event) => form.setCustomModel(event.target.value)}
            placeholder="e.g. llama3.2"
            autoComplete="off"
            aria-describedby={`${id}-custom-model-hint`}
            className="h-9"
          />
          <p id={`${id}-custom-model-hint`} className="text-xs text-muted-foreground">
            The name your server serves the model under.
          </p>
        </div>
      ) : null}
    </div>
  );
}
