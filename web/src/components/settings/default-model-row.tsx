'use client';

import Link from 'next/link';
import { KeyRound } from 'lucide-react';
import type { DefaultModel } from '@/lib/schemas/settings';
import { Button } from '@/components/ui/button';
import { Label } from '@/components/ui/label';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';
import { providerStatus, TYPE_TITLES, type DefaultModelChoices } from './default-model-types';

type Props = {
  choices: DefaultModelChoices;
  value: DefaultModel | null;
  error: string | undefined;
  onChange: (value: DefaultModel | null) => void;
};

/** One generation type: its default provider and model, or the studio's own choice. */
export function DefaultModelRow({ choices, value, error, onChange }: Props) {
  const { type } = choices;
  const id = `default-${type}`;
  const titles = TYPE_TITLES[type];
  const provider = choices.providers.find((candidate) => candidate.id === value?.provider);
  const model = provider?.models.find((candidate) => candidate.id === value?.model);
  const modelHintId = `${id}-model-hint`;
  const errorId = `${id}-error`;
  return (
    <div role="group" aria-labelledby={`${id}-title`} className="grid gap-4 rounded-xl border bg-card p-4 shadow-xs sm:p-5">
      <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
        <div className="min-w-0">
          <h3 id={`${id}-title`} className="text-base font-semibold">
            {titles.title}
          </h3>
          <p className="text-sm text-muted-foreground">
            {titles.hint}{' '}
            {provider && model ? (
              <span className="text-foreground">
                Starts with {model.name} ({provider.name}).
              </span>
            ) : (
              <span>Starts with the studio’s choice.</span>
            )}
          </p>
        </div>
        {value ? (
          <Button variant="outline" size="sm" onClick={() => onChange(null)}>
            Use the studio’s choice<span className="sr-only"> for {titles.title.toLowerCase()}</span>
          </Button>
        ) : null}
      </div>

      <div className="grid gap-4 sm:grid-cols-2">
        <div className="grid content-start gap-2">
          <Label htmlFor={`${id}-provider`}>Provider</Label>
          <Select
            value={value?.provider ?? ''}
            onValueChange={(providerId) => {
              const next = choices.providers.find((candidate) => candidate.id === providerId);
              if (next) onChange({ provider: next.id, model: next.models[0]!.id });
            }}
          >
            <SelectTrigger id={`${id}-provider`}>
              <SelectValue placeholder="The studio’s choice" />
            </SelectTrigger>
            <SelectContent>
              {choices.providers.map((candidate) => (
                <SelectItem key={candidate.id} value={candidate.id} description={providerStatus(candidate)}>
                  {candidate.name}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
        </div>
        <div className="grid content-start gap-2">
          <Label htmlFor={`${id}-model`}>Model</Label>
          <Select
            value={value?.model ?? ''}
            onValueChange={(modelId) => (provider ? onChange({ provider: provider.id, model: modelId }) : undefined)}
            disabled={!provider}
          >
            <SelectTrigger
              id={`${id}-model`}
              aria-invalid={error ? true : undefined}
              aria-describedby={[error ? errorId : null, model ? modelHintId : null].filter(Boolean).join(' ') || undefined}
            >
              <SelectValue placeholder={provider ? 'Choose a model' : 'Choose a provider first'} />
            </SelectTrigger>
            <SelectContent>
              {provider?.models.map((candidate) => (
                <SelectItem key={candidate.id} value={candidate.id} description={candidate.price}>
                  {candidate.name}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
          {model ? (
            <p id={modelHintId} className="text-xs text-muted-foreground">
              {model.description ? `${model.description} ` : ''}
              {model.price}.
            </p>
          ) : null}
        </div>
      </div>

      {error ? (
        <p id={errorId} className="text-sm font-medium text-destructive">
          {error}
        </p>
      ) : null}
      {provider && !provider.configured ? (
        <p className="flex flex-wrap items-center gap-x-2 gap-y-1 rounded-lg border border-amber-500/40 bg-amber-500/10 p-3 text-sm">
          <KeyRound aria-hidden="true" className="size-4 shrink-0 text-amber-600 dark:text-amber-400" />
          <span className="min-w-0 flex-1">{provider.name} needs a key before the studio can run it.</span>
          <Link
            href={`/settings/keys?provider=${encodeURIComponent(provider.id)}`}
            className="font-medium text-primary underline-offset-4 hover:underline focus-visible:rounded-sm focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
          >
            Add a key<span className="sr-only"> for {provider.name}</span>
          </Link>
        </p>
      ) : null}
    </div>
  );
}
