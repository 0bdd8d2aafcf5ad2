'use client';

import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';
import { ToggleGroup, ToggleGroupItem } from '@/components/ui/toggle-group';
import { cn } from '@/components/ui/utils';
import { describedBy, FieldShell, type ControlProps } from './parameter-field-shell';
import type { DimensionsField, EnumField, NumberField, Option } from './schema-fields';

/** A rectangle of the option's shape, so ratios read at a glance. */
function RatioGlyph({ ratio }: { ratio: number }) {
  const width = ratio >= 1 ? 14 : Math.max(6, 14 * ratio);
  const height = ratio >= 1 ? Math.max(6, 14 / ratio) : 14;
  return <span aria-hidden="true" className="inline-block rounded-[2px] border-[1.5px] border-current" style={{ width, height }} />;
}

function optionKey(option: Option): string {
  return String(option.value);
}

/** One of a list: chips, ratio chips or a select. */
export function EnumControl({ field, values, errors, onChange, idPrefix }: ControlProps<EnumField>) {
  const id = `${idPrefix}-${field.name}`;
  const labelId = `${id}-label`;
  const current = values[field.name] ?? field.defaultValue;
  const selected = field.options.find((option) => option.value === current);
  const error = errors[field.name];
  const pick = (key: string) => {
    const option = field.options.find((candidate) => optionKey(candidate) === key);
    if (option) onChange(field.name, option.value);
  };
  if (field.display === 'select') {
    return (
      <FieldShell id={id} labelId={labelId} label={field.label} description={selected?.hint ?? field.description} error={error}>
        <Select value={selected ? optionKey(selected) : undefined} onValueChange={pick}>
          <SelectTrigger id={id} aria-describedby={describedBy(id, { description: selected?.hint ?? field.description }, error)}>
            <SelectValue placeholder="Choose…" />
          </SelectTrigger>
          <SelectContent>
            {field.options.map((option) => (
              <SelectItem key={optionKey(option)} value={optionKey(option)}>
                {option.label}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
      </FieldShell>
    );
  }
  return (
    <FieldShell id={id} labelId={labelId} label={field.label} description={field.description} error={error} asGroup>
      <ToggleGroup
        type="single"
        value={selected ? optionKey(selected) : ''}
        onValueChange={(key) => key && pick(key)}
        aria-labelledby={labelId}
        data-testid={`parameter-${field.name}`}
        className={cn(field.display === 'ratio' && 'grid grid-cols-3 gap-1.5')}
      >
        {field.options.map((option) => (
          <ToggleGroupItem
            key={optionKey(option)}
            value={optionKey(option)}
            aria-label={option.hint ? `${option.label}, ${option.hint}` : undefined}
            title={option.hint}
            className={cn(field.display === 'ratio' && 'h-auto flex-col gap-1 rounded-lg px-1 py-1.5 text-xs')}
          >
            {field.display === 'ratio' && option.ratio ? <RatioGlyph ratio={option.ratio} /> : null}
            <span>{option.label}</span>
            {field.display === 'ratio' && option.hint ? <span className="text-[10px] font-normal opacity-90">{option.hint}</span> : null}
          </ToggleGroupItem>
        ))}
      </ToggleGroup>
    </FieldShell>
  );
}

/** Width and height, with ratio presets that fill both. */
export function DimensionsControl({ field, values, errors, onChange, idPrefix }: ControlProps<DimensionsField>) {
  const id = `${idPrefix}-size`;
  const labelId = `${id}-label`;
  const width = values.width;
  const height = values.height;
  const current = field.presets.find((preset) => preset.value === `${width}x${height}`);
  const error = errors.width ?? errors.height;
  const part = (entry: NumberField, label: string) => (
    <div className="grid gap-1">
      <Label htmlFor={`${idPrefix}-${entry.name}`} className="text-xs font-normal text-muted-foreground">
        {label}
      </Label>
      <Input
        id={`${idPrefix}-${entry.name}`}
        type="number"
        inputMode="numeric"
        min={entry.min}
        max={entry.max}
        step={8}
        value={String(values[entry.name] ?? '')}
        aria-invalid={errors[entry.name] ? true : undefined}
        aria-describedby={errors[entry.name] ? `${id}-error` : undefined}
        onChange={(event) => onChange(entry.name, event.target.value === '' ? undefined : event.target.valueAsNumber)}
        className="h-9 tabular-nums"
      />
    </div>
  );
  return (
    <FieldShell id={id} labelId={labelId} label={field.label} error={error} asGroup>
      <ToggleGroup
        type="single"
        value={current ? String(current.value) : ''}
        onValueChange={(key) => {
          const [presetWidth, presetHeight] = key.split('x').map(Number);
          if (presetWidth && presetHeight) {
            onChange('width', presetWidth);
            onChange('height', presetHeight);
          }
        }}
        aria-labelledby={labelId}
        data-testid="parameter-size"
        className="grid grid-cols-4 gap-1.5"
      >
        {field.presets.map((preset) => (
          <ToggleGroupItem
            key={String(preset.value)}
            value={String(preset.value)}
            aria-label={`${preset.label}, ${preset.hint}`}
            title={preset.hint}
            className="h-auto flex-col gap-1 rounded-lg px-1 py-1.5 text-xs"
          >
            <RatioGlyph ratio={preset.ratio ?? 1} />
            {preset.label}
          </ToggleGroupItem>
        ))}
      </ToggleGroup>
      <div className="grid grid-cols-2 gap-2">
        {part(field.width, 'Width (px)')}
        {part(field.height, 'Height (px)')}
      </div>
    </FieldShell>
  );
}
