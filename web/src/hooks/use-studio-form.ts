'use client';

import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Generation } from '@/lib/schemas/generation';
import { BUILTIN_VOICE_DETAILS } from '@/lib/providers/builtin/speech/speech-voices';
import type { CatalogModel, CatalogProvider, GenerationType } from '@/components/studio/catalog-types';
import type { Draft } from '@/components/studio/generations-provider';
import { carryOverValues, defaultValues, fieldsFromSchema, validateValues, type OptionLabels, type ParameterField } from '@/components/studio/schema-fields';
import type { DefaultModel } from '@/lib/schemas/settings';
import { useCatalog } from './use-catalog';
import { useDefaultModels } from './use-default-models';
import { useGenerations } from './use-generations';

const preferenceKey = (type: GenerationType) => `medialab:studio-model:${type}`;

/** What the schema cannot say about option values: the built-in voices' names. */
function optionLabelsFor(providerId: string): OptionLabels {
  if (providerId !== 'builtin') return {};
  return { voice: Object.fromEntries(Object.entries(BUILTIN_VOICE_DETAILS).map(([id, details]) => [id, { label: details.label, hint: details.description }])) };
}

function readPreference(type: GenerationType): { providerId: string; modelId: string } | null {
  try {
    const stored = JSON.parse(window.localStorage.getItem(preferenceKey(type)) ?? 'null') as unknown;
    if (stored && typeof stored === 'object' && 'providerId' in stored && 'modelId' in stored) {
      return { providerId: String(stored.providerId), modelId: String(stored.modelId) };
    }
  } catch {
    // Storage may be off (private windows): the default applies.
  }
  return null;
}

function savePreference(type: GenerationType, providerId: string, modelId: string) {
  try {
    window.localStorage.setItem(preferenceKey(type), JSON.stringify({ providerId, modelId }));
  } catch {
    // Not remembered; nothing else depends on it.
  }
}

/** A provider that can run now comes first: configured, available, healthy. */
function defaultProvider(providers: CatalogProvider[]): CatalogProvider | undefined {
  return (
    providers.find((provider) => provider.configured && provider.available && provider.health.status === 'healthy') ??
    providers.find((provider) => provider.configured && provider.available) ??
    providers[0]
  );
}

/**
 * The first choice of a tab: the model last used for the type if its provider still offers
 * the type, else the user's default for the type if the catalog still has it, else the first
 * provider that can run now.
 */
function initialChoice(
  type: GenerationType,
  providers: CatalogProvider[],
  userDefault: DefaultModel | undefined,
): { provider: CatalogProvider; model: CatalogModel } {
  const preference = readPreference(type);
  const remembered = preference && providers.find((provider) => provider.id === preference.providerId);
  if (remembered) {
    return { provider: remembered, model: remembered.models.find((model) => model.id === preference.modelId) ?? remembered.models[0]! };
  }
  const defaultOwner = userDefault && providers.find((provider) => provider.id === userDefault.provider);
  const defaultModel = defaultOwner?.models.find((model) => model.id === userDefault?.model);
  if (defaultOwner && defaultModel) return { provider: defaultOwner, model: defaultModel };
  const provider = defaultProvider(providers)!;
  return { provider, model: provider.models[0]! };
}

function fieldsFor(provider: CatalogProvider | undefined, model: CatalogModel | undefined): ParameterField[] {
  return provider && model ? fieldsFromSchema(model.parameters, optionLabelsFor(provider.id)) : [];
}

export type StudioForm = {
  ready: boolean;
  /** The tab is still waiting for what it needs (catalog, the user's defaults) to choose its first model. */
  choosing: boolean;
  providers: CatalogProvider[];
  provider: CatalogProvider | undefined;
  model: CatalogModel | undefined;
  /** The model name typed by the person, for providers that take any (OpenAI-compatible). */
  customModel: string;
  prompt: string;
  values: Record<string, unknown>;
  fields: ParameterField[];
  errors: Record<string, string>;
  /** The model id the request sends. */
  requestModel: string;
  setProvider: (providerId: string) => void;
  setModel: (modelId: string) => void;
  setCustomModel: (name: string) => void;
  setPrompt: (prompt: string) => void;
  setValue: (name: string, value: unknown) => void;
  setValues: (values: Record<string, unknown>) => void;
  /** Fills the form from an earlier generation (Remix, Try again). */
  applyGeneration: (generation: Generation) => void;
};

/**
 * The state of one tab's form: provider, model, prompt and parameter values. It starts
 * from the tab's draft, else the last model used for the type, else the user's default
 * model for the type, else the first provider that can run; every change is kept as the draft.
 */
export function useStudioForm(type: GenerationType): StudioForm {
  const catalog = useCatalog();
  const { drafts } = useGenerations();
  const providers = useMemo(() => catalog.providersFor(type), [catalog, type]);
  const defaultModels = useDefaultModels();
  const [draft, setDraft] = useState<Draft | null>(() => drafts.current.get(type) ?? null);
  const userDefault = defaultModels.defaults[type];

  // The first visit to the tab: once the catalog and the user's defaults are in.
  useEffect(() => {
    if (draft || catalog.status !== 'ready' || defaultModels.status !== 'ready' || providers.length === 0) return;
    const { provider, model } = initialChoice(type, providers, userDefault);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the default needs the catalog, which loads after mount
    setDraft({ providerId: provider.id, modelId: model.id, customModel: '', prompt: '', values: defaultValues(fieldsFor(provider, model)) });
  }, [catalog.status, defaultModels.status, draft, providers, type, userDefault]);

  useEffect(() => {
    if (draft) drafts.current.set(type, draft);
  }, [draft, drafts, type]);

  const provider = providers.find((candidate) => candidate.id === draft?.providerId);
  const model = provider?.models.find((candidate) => candidate.id === draft?.modelId);
  const fields = useMemo(() => fieldsFor(provider, model), [provider, model]);
  const values = useMemo(() => draft?.values ?? {}, [draft]);
  const errors = useMemo(() => validateValues(fields, values), [fields, values]);

  const select = useCallback(
    (providerId: string, modelId: string | undefined, carried?: Record<string, unknown>) => {
      const nextProvider = providers.find((candidate) => candidate.id === providerId);
      const nextModel = nextProvider?.models.find((candidate) => candidate.id === modelId) ?? nextProvider?.models[0];
      if (!nextProvider || !nextModel) return;
      savePreference(type, nextProvider.id, nextModel.id);
      setDraft((previous) => ({
        providerId: nextProvider.id,
        modelId: nextModel.id,
        customModel: previous?.providerId === nextProvider.id ? previous.customModel : '',
        prompt: previous?.prompt ?? '',
        values: carryOverValues(fieldsFor(nextProvider, nextModel), carried ?? previous?.values ?? {}),
      }));
    },
    [providers, type],
  );

  const update = useCallback((change: Partial<Draft>) => setDraft((previous) => (previous ? { ...previous, ...change } : previous)), []);

  const applyGeneration = useCallback(
    (generation: Generation) => {
      const known = providers.find((candidate) => candidate.id === generation.provider);
      const exact = known?.models.find((candidate) => candidate.id === generation.model);
      const freeText = known?.models.find((candidate) => candidate.freeModelName);
      if (!known || (!exact && !freeText)) {
        setDraft((previous) => (previous ? { ...previous, prompt: generation.prompt } : previous));
        return;
      }
      const target = exact ?? freeText!;
      setDraft({
        providerId: known.id,
        modelId: target.id,
        customModel: exact ? '' : generation.model,
        prompt: generation.prompt,
        values: carryOverValues(fieldsFor(known, target), generation.parameters),
      });
    },
    [providers],
  );

  const customModel = draft?.customModel ?? '';
  return {
    ready: draft !== null && provider !== undefined && model !== undefined,
    choosing: draft === null && (catalog.status === 'loading' || (catalog.status === 'ready' && defaultModels.status === 'loading')),
    providers,
    provider,
    model,
    customModel,
    prompt: draft?.prompt ?? '',
    values,
    fields,
    errors,
    requestModel: model?.freeModelName ? customModel.trim() : (model?.id ?? ''),
    setProvider: (providerId) => select(providerId, undefined),
    setModel: (modelId) => select(draft?.providerId ?? '', modelId),
    setCustomModel: (name) => update({ customModel: name }),
    setPrompt: (prompt) => update({ prompt }),
    setValue: (name, value) => setDraft((previous) => (previous ? { ...previous, values: { ...previous.values, [name]: value } } : previous)),
    setValues: (next) => setDraft((previous) => (previous ? { ...previous, values: { ...previous.values, ...next } } : previous)),
    applyGeneration,
  };
}
