'use client';

import { useId, useState, type ReactNode } from 'react';
import { ChevronDown, SlidersHorizontal } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/field';
import { Skeleton } from '@/components/ui/skeleton';
import { cn } from '@/components/ui/utils';
import { useCatalog } from '@/hooks/use-catalog';
import type { StudioForm } from '@/hooks/use-studio-form';
import { ModelPicker } from './model-picker';
import { ParameterControls } from './parameter-controls';
import type { ParameterField } from './schema-fields';

export function SettingsSkeleton() {
  return (
    <div className="grid gap-4" aria-hidden="true">
      <Skeleton className="h-4 w-20" />
      <Skeleton className="h-10 w-full" />
      <Skeleton className="h-4 w-16" />
      <Skeleton className="h-10 w-full" />
      <Skeleton className="h-4 w-24" />
      <Skeleton className="h-8 w-full" />
    </div>
  );
}

/** The catalog failed to load: say so, with a way to try again. */
export function CatalogError() {
  const catalog = useCatalog();
  return (
    <div className="grid gap-3">
      <FormError message={`The list of providers could not be loaded: ${catalog.error ?? 'unknown error'}`} />
      <Button variant="outline" size="sm" onClick={catalog.reload} className="justify-self-start">
        Try again
      </Button>
    </div>
  );
}

/** Seed and the like: out of the way until wanted. */
export function AdvancedSettings({ form, fields }: { form: StudioForm; fields: ParameterField[] }) {
  if (fields.length === 0) return null;
  return (
    <details className="group rounded-lg border px-3 py-2 [&[open]]:pb-4">
      <summary className="flex cursor-pointer list-none items-center justify-between gap-2 rounded-sm text-sm font-medium focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring [&::-webkit-details-marker]:hidden">
        Advanced
        <ChevronDown aria-hidden="true" className="size-4 transition-transform group-open:rotate-180" />
      </summary>
      <div className="mt-4">
        <ParameterControls fields={fields} values={form.values} errors={form.errors} onChange={form.setValue} />
      </div>
    </details>
  );
}

const ADVANCED = new Set(['seed']);

/**
 * Provider, model and the model's parameters. On a phone it folds away behind a button
 * that says what is chosen; from the large breakpoint it is always open beside the prompt.
 */
export function StudioSettings({
  form,
  summary,
  exclude = [],
  className,
  children,
}: {
  form: StudioForm;
  summary?: string;
  /** Parameters shown elsewhere (the music tab puts genre, mood and duration by the prompt). */
  exclude?: string[];
  className?: string;
  children?: ReactNode;
}) {
  const catalog = useCatalog();
  const id = useId().replace(/:/g, '');
  const [open, setOpen] = useState(false);
  const shown = form.fields.filter((field) => !exclude.includes(field.name));
  const primary = shown.filter((field) => !ADVANCED.has(field.name));
  const advanced = shown.filter((field) => ADVANCED.has(field.name));
  return (
    <section aria-labelledby={`${id}-heading`} className={cn('rounded-xl border bg-card shadow-xs', className)}>
      <h2 id={`${id}-heading`} className="text-sm font-semibold">
        <button
          type="button"
          onClick={() => setOpen((value) => !value)}
          aria-expanded={open}
          aria-controls={`${id}-panel`}
          className="flex w-full items-center gap-2 rounded-xl px-4 py-3 text-left focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring lg:hidden"
        >
          <SlidersHorizontal aria-hidden="true" className="size-4 text-muted-foreground" />
          <span>Settings</span>
          {summary ? <span className="min-w-0 flex-1 truncate font-normal text-muted-foreground">{summary}</span> : <span className="flex-1" />}
          <ChevronDown aria-hidden="true" className={cn('size-4 shrink-0 transition-transform', open && 'rotate-180')} />
        </button>
        <span className="hidden items-center gap-2 px-4 pt-4 lg:flex">
          <SlidersHorizontal aria-hidden="true" className="size-4 text-muted-foreground" />
          Settings
        </span>
      </h2>
      <div id={`${id}-panel`} className={cn(open ? 'grid' : 'hidden', 'gap-5 px-4 pb-4 pt-1 lg:grid lg:pt-4')}>
        {catalog.status === 'loading' || form.choosing ? <SettingsSkeleton /> : catalog.status === 'error' ? <CatalogError /> : null}
        {catalog.status === 'ready' && form.providers.length === 0 ? (
          <p className="text-sm text-muted-foreground">No provider offers this kind of media yet.</p>
        ) : null}
        {catalog.status === 'ready' && form.ready ? (
          <>
            <ModelPicker form={form} />
            {children}
            {primary.length > 0 ? (
              <div className="border-t pt-5">
                <ParameterControls fields={primary} values={form.values} errors={form.errors} onChange={form.setValue} />
              </div>
            ) : null}
            <AdvancedSettings form={form} fields={advanced} />
          </>
        ) : null}
      </div>
    </section>
  );
}
