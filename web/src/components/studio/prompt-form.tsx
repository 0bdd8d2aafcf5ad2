'use client';

import { useId, useState, type FormEvent, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import Link from 'next/link';
import { KeyRound, Sparkles } from 'lucide-react';
import { Button, buttonVariants } from '@/components/ui/button';
import { FormError } from '@/components/ui/field';
import { Textarea } from '@/components/ui/textarea';
import { cn } from '@/components/ui/utils';
import { useAnnounce } from '@/hooks/use-announce';
import { useCostEstimate } from '@/hooks/use-cost-estimate';
import { useGenerations } from '@/hooks/use-generations';
import type { StudioForm } from '@/hooks/use-studio-form';
import { GENERATION_TYPE_NOUNS, pricingSource, type GenerationType } from './catalog-types';
import { CostEstimateView } from './cost-estimate';
import { addKeyPath, providerState } from './model-picker';

const MAX_PROMPT = 10_000;

/** Parameters as the API takes them: nothing left empty, nothing half-typed. */
export function requestParameters(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined && value !== '' && !Number.isNaN(value)));
}

type PromptFormProps = {
  form: StudioForm;
  type: GenerationType;
  label: string;
  placeholder: string;
  promptRef: RefObject<HTMLTextAreaElement | null>;
  /** Below the prompt, read with it by screen readers: how to write a good one. */
  tips?: ReactNode;
  /** Example prompts to start from. */
  examples?: ReactNode;
  /** Between the prompt and the Generate button: controls that belong with the prompt. */
  children?: ReactNode;
  className?: string;
};

/**
 * The prompt, the live price and Generate. Ctrl+Enter (⌘+Enter) submits. Errors from the
 * API are shown as sent: they say what to do next.
 */
export function PromptForm({ form, type, label, placeholder, promptRef, tips, examples, children, className }: PromptFormProps) {
  const id = useId().replace(/:/g, '');
  const announce = useAnnounce();
  const { projectId, submit } = useGenerations();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<{ message: string; code: string } | null>(null);
  const [promptError, setPromptError] = useState<string | null>(null);
  const state = form.provider ? providerState(form.provider) : null;
  const hasErrors = Object.keys(form.errors).length > 0;
  const estimate = useCostEstimate(
    form.ready && form.provider && form.requestModel && !hasErrors
      ? {
          projectId,
          generationType: type,
          provider: form.provider.id,
          model: form.requestModel,
          prompt: form.prompt,
          parameters: requestParameters(form.values),
        }
      : null,
  );

  async function onSubmit(event?: FormEvent<HTMLFormElement>) {
    event?.preventDefault();
    if (pending || !form.provider || !form.model) return;
    if (!form.prompt.trim()) {
      setPromptError('Write a prompt first: describe what to make.');
      promptRef.current?.focus();
      return;
    }
    if (form.model.freeModelName && !form.requestModel) {
      setError({ code: 'model_required', message: 'Type the name of the model your server serves, in Settings.' });
      return;
    }
    if (hasErrors) {
      const [name, message] = Object.entries(form.errors)[0]!;
      setError({ code: 'invalid_parameter', message: `Fix the settings first: ${message}` });
      document.querySelector<HTMLElement>(`[id$="-${name}"][aria-invalid="true"]`)?.focus();
      return;
    }
    setPending(true);
    setError(null);
    const result = await submit({
      generationType: type,
      provider: form.provider.id,
      model: form.requestModel,
      prompt: form.prompt.trim(),
      parameters: requestParameters(form.values),
    });
    setPending(false);
    if (!result.ok) {
      setError({ code: result.error.code, message: result.error.message });
      return;
    }
    announce(`Generating your ${GENERATION_TYPE_NOUNS[type].one}…`);
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) {
      event.preventDefault();
      void onSubmit();
    }
  }

  const promptDescribedBy = [promptError ? `${id}-prompt-error` : null, `${id}-prompt-hint`].filter(Boolean).join(' ');
  return (
    <form onSubmit={onSubmit} noValidate aria-label={`New ${GENERATION_TYPE_NOUNS[type].one}`} className={cn('grid gap-4', className)}>
      <div className="grid gap-2">
        <label htmlFor={`${id}-prompt`} className="text-sm font-medium">
          {label}
        </label>
        <Textarea
          ref={promptRef}
          id={`${id}-prompt`}
          name="prompt"
          value={form.prompt}
          onChange={(event) => {
            form.setPrompt(event.target.value);
            if (promptError) setPromptError(null);
          }}
          onKeyDown={onKeyDown}
          maxLength={MAX_PROMPT}
          rows={3}
          placeholder={placeholder}
          aria-invalid={promptError ? true : undefined}
          aria-describedby={promptDescribedBy}
          className="field-sizing-content max-h-80 min-h-24 text-base"
        />
        {promptError ? (
          <p id={`${id}-prompt-error`} className="text-sm font-medium text-destructive">
            {promptError}
          </p>
        ) : null}
        <div id={`${id}-prompt-hint`} className="flex flex-wrap items-start justify-between gap-x-4 gap-y-1 text-xs text-muted-foreground">
          <div className="min-w-0 flex-1">{tips}</div>
          <span className="tabular-nums">
            {form.prompt.length > MAX_PROMPT * 0.8 ? `${form.prompt.length.toLocaleString()} / ${MAX_PROMPT.toLocaleString()}` : ''}
            <span className="hidden [@media(hover:hover)]:inline">
              {form.prompt.length > MAX_PROMPT * 0.8 ? ' · ' : ''}
              <kbd className="font-sans">Ctrl</kbd>+<kbd className="font-sans">Enter</kbd> to generate
            </span>
          </span>
        </div>
        {examples}
      </div>

      {children}

      <FormError message={error?.message} />
      {error?.code === 'no_key_for_provider' && form.provider ? (
        <Link href={addKeyPath(form.provider.id)} className={buttonVariants({ variant: 'outline', size: 'sm', className: 'justify-self-start' })}>
          <KeyRound aria-hidden="true" />
          Add a key
        </Link>
      ) : null}

      <div className="flex flex-wrap items-center justify-between gap-3">
        <CostEstimateView state={estimate} pricingUrl={form.model ? pricingSource(form.model.pricing) : undefined} />
        {state && !state.runnable && form.provider && !form.provider.configured ? (
          <Link href={addKeyPath(form.provider.id)} className={buttonVariants({ className: 'ml-auto' })}>
            <KeyRound aria-hidden="true" />
            Add a key for {form.provider.name}
          </Link>
        ) : (
          <Button type="submit" pending={pending} disabled={!form.ready || (state !== null && !state.runnable)} className="ml-auto min-w-32">
            {pending ? null : <Sparkles aria-hidden="true" />}
            Generate
          </Button>
        )}
      </div>
    </form>
  );
}
