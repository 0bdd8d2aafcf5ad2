'use client';

import { useId } from 'react';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Switch } from '@/components/ui/switch';
import { Textarea } from '@/components/ui/textarea';
import { DimensionsControl, EnumControl } from './parameter-choice-controls';
import { describedBy, FieldShell, type ControlProps } from './parameter-field-shell';
import { NumberControl, SeedControl } from './parameter-number-controls';
import type { ParameterField } from './schema-fields';

/** One control for one parameter of the model's schema. */
export function ParameterControl(props: ControlProps<ParameterField>) {
  const { field, values, errors, onChange, idPrefix } = props;
  const id = `${idPrefix}-${field.name}`;
  switch (field.kind) {
    case 'number':
      return <NumberControl {...props} field={field} />;
    case 'enum':
      return <EnumControl {...props} field={field} />;
    case 'dimensions':
      return <DimensionsControl {...props} field={field} />;
    case 'seed':
      return <SeedControl {...props} field={field} />;
    case 'boolean':
      return (
        <div className="flex items-center justify-between gap-3">
          <Label htmlFor={id}>{field.label}</Label>
          <Switch id={id} checked={Boolean(values[field.name] ?? field.defaultValue)} onCheckedChange={(checked) => onChange(field.name, checked)} />
        </div>
      );
    case 'text': {
      const value = typeof values[field.name] === 'string' ? (values[field.name] as string) : '';
      const error = errors[field.name];
      const control = {
        id,
        value,
        maxLength: field.maxLength,
        'aria-invalid': error ? (true as const) : undefined,
        'aria-describedby': describedBy(id, field, error),
      };
      return (
        <FieldShell id={id} labelId={`${id}-label`} label={field.label} description={field.description} error={error}>
          {field.multiline ? (
            <Textarea {...control} rows={3} onChange={(event) => onChange(field.name, event.target.value || undefined)} />
          ) : (
            <Input {...control} onChange={(event) => onChange(field.name, event.target.value || undefined)} className="h-9" />
          )}
        </FieldShell>
      );
    }
    default: {
      const exhaustive: never = field;
      return exhaustive;
    }
  }
}

/** The controls for a set of fields, stacked. */
export function ParameterControls({
  fields,
  values,
  errors,
  onChange,
}: Omit<ControlProps<ParameterField>, 'field' | 'idPrefix'> & { fields: ParameterField[] }) {
  const idPrefix = useId().replace(/:/g, '');
  if (fields.length === 0) return null;
  return (
    <div className="grid gap-5">
      {fields.map((field) => (
        <ParameterControl key={field.name} field={field} values={values} errors={errors} onChange={onChange} idPrefix={idPrefix} />
      ))}
    </div>
  );
}
