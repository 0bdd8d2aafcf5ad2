'use client';

import { useRef, useState, type FormEvent } from 'react';
import { GENERATION_TYPES, type GenerationType } from '@/lib/providers/provider';
import type { DefaultModel, DefaultModels } from '@/lib/schemas/settings';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/field';
import { useAnnounce } from '@/hooks/use-announce';
import { formErrors, useApiRequest } from '@/hooks/use-api-request';
import { useFocusFirstInvalid } from '@/hooks/use-focus-first-invalid';
import { DefaultModelRow } from './default-model-row';
import type { DefaultModelChoices } from './default-model-types';

type Draft = Record<GenerationType, DefaultModel | null>;

const FIELDS = GENERATION_TYPES.map((type) => `defaults.${type}`);

function draftOf(defaults: DefaultModels): Draft {
  return Object.fromEntries(GENERATION_TYPES.map((type) => [type, defaults[type] ?? null])) as Draft;
}

function same(a: Draft, b: Draft): boolean {
  return GENERATION_TYPES.every((type) => a[type]?.provider === b[type]?.provider && a[type]?.model === b[type]?.model);
}

/** A default provider and model per generation type, saved together. */
export function DefaultModelsForm({ choices, initial }: { choices: DefaultModelChoices[]; initial: DefaultModels }) {
  const announce = useAnnounce();
  const formRef = useRef<HTMLFormElement>(null);
  const [saved, setSaved] = useState<Draft>(() => draftOf(initial));
  const [draft, setDraft] = useState<Draft>(() => draftOf(initial));
  const { send, pending, error } = useApiRequest();
  const server = formErrors(error, FIELDS);
  const dirty = !same(draft, saved);
  useFocusFirstInvalid(formRef, error);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const result = await send<{ defaults: DefaultModels }>('/api/settings/defaults', { method: 'PUT', body: { defaults: draft } });
    if (!result.ok) return;
    const next = draftOf(result.data.defaults);
    setSaved(next);
    setDraft(next);
    const count = GENERATION_TYPES.filter((type) => next[type]).length;
    announce(count === 0 ? 'Default models saved: every tab starts with the studio’s choice.' : 'Default models saved.');
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-label="Default models" className="grid gap-4">
      <FormError message={server.formError} />
      {choices.map((choice) => (
        <DefaultModelRow
          key={choice.type}
          choices={choice}
          value={draft[choice.type]}
          error={server.fieldErrors[`defaults.${choice.type}`]}
          onChange={(value) => setDraft((previous) => ({ ...previous, [choice.type]: value }))}
        />
      ))}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" pending={pending}>
          Save defaults
        </Button>
        {dirty ? <p className="text-sm text-muted-foreground">Your changes are not saved yet.</p> : null}
      </div>
    </form>
  );
}
