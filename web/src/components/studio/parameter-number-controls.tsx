'use client';

import { useState } from 'react';
import { Dices, X } from 'lucide-react';
import { Input } from '@/components/ui/input';
import { Slider } from '@/components/ui/slider';
import { cn } from '@/components/ui/utils';
import { describedBy, FieldShell, type ControlProps } from './parameter-field-shell';
import type { NumberField, SeedField } from './schema-fields';

/** A number typed or dragged; the text box keeps what is typed until it is a number. */
export function NumberControl({ field, values, errors, onChange, idPrefix }: ControlProps<NumberField>) {
  const id = `${idPrefix}-${field.name}`;
  const value = values[field.name];
  const current = typeof value === 'number' ? value : (field.defaultValue ?? field.min);
  const [text, setText] = useState<string | null>(null);
  const error = errors[field.name];
  const input = (
    <Input
      id={id}
      type="number"
      inputMode={field.integer ? 'numeric' : 'decimal'}
      min={field.min}
      max={field.max}
      step={field.step}
      value={text ?? String(value ?? '')}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy(id, field, error)}
      onChange={(event) => {
        setText(event.target.value);
        const parsed = event.target.valueAsNumber;
        onChange(field.name, event.target.value === '' ? undefined : Number.isNaN(parsed) ? event.target.value : parsed);
      }}
      onBlur={() => setText(null)}
      className={cn(field.slider ? 'h-8 w-20 px-2 text-right tabular-nums' : undefined)}
    />
  );
  return (
    <FieldShell
      id={id}
      labelId={`${id}-label`}
      label={field.unit ? `${field.label} (seconds)` : field.label}
      description={field.description}
      error={error}
      aside={field.slider ? input : undefined}
    >
      {field.slider ? (
        <Slider
          min={field.min}
          max={field.max}
          step={field.step}
          value={[Math.min(field.max, Math.max(field.min, current))]}
          onValueChange={([next]) => {
            setText(null);
            onChange(field.name, next);
          }}
          aria-label={field.label}
        />
      ) : (
        input
      )}
    </FieldShell>
  );
}

/** A seed: empty for a new result each time, or a number to repeat one. */
export function SeedControl({ field, values, errors, onChange, idPrefix }: ControlProps<SeedField>) {
  const id = `${idPrefix}-${field.name}`;
  const value = values[field.name];
  const error = errors[field.name];
  return (
    <FieldShell id={id} labelId={`${id}-label`} label={field.label} description={field.description ?? 'Empty: a new result each time.'} error={error}>
      <div className="flex gap-2">
        <Input
          id={id}
          type="number"
          inputMode="numeric"
          min={field.min}
          max={field.max}
          step={1}
          placeholder="Random"
          value={value === undefined ? '' : String(value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, { description: field.description ?? 'x' }, error)}
          onChange={(event) => onChange(field.name, event.target.value === '' ? undefined : event.target.valueAsNumber)}
          className="h-9 tabular-nums"
        />
        <button
          type="button"
          onClick={() => onChange(field.name, Math.floor(Math.random() * Math.min(field.max, 999_999)))}
          className="inline-flex size-9 shrink-0 items-center justify-center rounded-md border bg-card hover:bg-muted focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
          aria-label="Pick a random seed"
          title="Pick a random seed"
        >
          <Dices aria-hidden="true" className="size-4" />
        </button>
        {value !== undefined ? (
          <button
            type="button"
            onClick={() => onChange(field.name, undefined)}
            className="inline-flex size-9 shrink-0 items-center justify-center rounded-md hover:bg-muted focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
            aria-label="Clear the seed"
            title="Clear the seed"
          >
            <X aria-hidden="true" className="size-4" />
          </button>
        ) : null}
      </div>
    </FieldShell>
  );
}
