import { humanize } from './format';

/**
 * Turns a model's parameter JSON Schema (GET /api/providers) into form fields: numbers with
 * a range become sliders, enums chips or selects (sizes and aspect ratios as ratio chips),
 * strings inputs. Anything the form cannot show is left out and the server's default applies.
 */

export type Option = { value: string | number; label: string; hint?: string; ratio?: number };

type Base = { name: string; label: string; description?: string };

export type NumberField = Base & {
  kind: 'number';
  min: number;
  max: number;
  step: number;
  integer: boolean;
  defaultValue?: number;
  /** A slider needs a range a hand can pick from; a huge one gets only the number input. */
  slider: boolean;
  unit?: 's';
};
export type EnumField = Base & { kind: 'enum'; options: Option[]; defaultValue?: string | number; display: 'ratio' | 'chips' | 'select' };
export type TextField = Base & { kind: 'text'; minLength?: number; maxLength?: number; multiline: boolean; defaultValue?: string };
export type BooleanField = Base & { kind: 'boolean'; defaultValue?: boolean };
export type SeedField = Base & { kind: 'seed'; min: number; max: number };
export type DimensionsField = Base & { kind: 'dimensions'; width: NumberField; height: NumberField; presets: Option[] };

export type ParameterField = NumberField | EnumField | TextField | BooleanField | SeedField | DimensionsField;

type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  default?: unknown;
  description?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  properties?: Record<string, JsonSchema>;
};

const LABELS: Record<string, string> = {
  durationSeconds: 'Duration',
  maxTokens: 'Max output tokens',
  voiceId: 'Voice ID',
  aspectRatio: 'Aspect ratio',
  aspect_ratio: 'Aspect ratio',
  ratio: 'Aspect ratio',
  fps: 'Frame rate',
  system: 'System instructions',
  negativePrompt: 'Negative prompt',
};

/** A parameter's name as the form labels it: "durationSeconds" → "Duration". */
export function parameterLabel(name: string): string {
  return LABELS[name] ?? humanize(name);
}

/** Labels for option values a schema cannot describe (the built-in voices' CMU initials). */
export type OptionLabels = Record<string, Record<string, { label: string; hint?: string }>>;

const RATIO_NAMES = /aspect|ratio|size|resolution/i;
const RATIO_VALUE = /^(\d+(?:\.\d+)?)\s*[x:×]\s*(\d+(?:\.\d+)?)$/;

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** "1280x720" → { label: "16:9", hint: "1280 × 720" }; "16:9" → { label: "16:9" }. */
export function ratioOption(value: string): Option | null {
  const match = RATIO_VALUE.exec(value);
  if (!match) return null;
  const width = Number(match[1]);
  const height = Number(match[2]);
  if (!(width > 0 && height > 0)) return null;
  const isPixels = width > 32 || height > 32;
  if (!isPixels) return { value, label: `${width}:${height}`, ratio: width / height };
  const divisor = gcd(Math.round(width), Math.round(height));
  const simple = `${Math.round(width) / divisor}:${Math.round(height) / divisor}`;
  const label = simple.length <= 5 ? simple : (width / height).toFixed(2);
  return { value, label, hint: `${width} × ${height}`, ratio: width / height };
}

function optionValues(schema: JsonSchema): Array<string | number> | null {
  if (Array.isArray(schema.enum)) {
    const values = schema.enum.filter((value): value is string | number => typeof value === 'string' || typeof value === 'number');
    return values.length === schema.enum.length && values.length > 0 ? values : null;
  }
  const variants = schema.anyOf ?? schema.oneOf;
  if (Array.isArray(variants) && variants.length > 0 && variants.every((variant) => 'const' in variant)) {
    const values = variants.map((variant) => variant.const);
    return values.every((value) => typeof value === 'string' || typeof value === 'number') ? (values as Array<string | number>) : null;
  }
  return null;
}

function typeOf(schema: JsonSchema): string | undefined {
  return Array.isArray(schema.type) ? schema.type.find((type) => type !== 'null') : schema.type;
}

function stepFor(integer: boolean, min: number, max: number, name: string): number {
  if (integer) return 1;
  const range = max - min;
  if (/seconds$/i.test(name)) return range <= 40 ? 0.5 : 1;
  if (range <= 5) return 0.05;
  if (range <= 50) return 0.5;
  return 1;
}

function enumField(base: Base, values: Array<string | number>, schema: JsonSchema, labels: OptionLabels): EnumField {
  const known = labels[base.name] ?? {};
  const ratios = RATIO_NAMES.test(base.name) ? values.map((value) => (typeof value === 'string' ? ratioOption(value) : null)) : [];
  if (ratios.length > 0 && ratios.every(Boolean)) {
    return { ...base, kind: 'enum', options: ratios as Option[], defaultValue: schema.default as string, display: 'ratio' };
  }
  const options = values.map((value): Option => {
    const custom = known[String(value)];
    if (custom) return { value, label: custom.label, hint: custom.hint };
    if (typeof value === 'number') return { value, label: /seconds$/i.test(base.name) ? `${value} s` : String(value) };
    return { value, label: humanize(value) };
  });
  const longest = Math.max(...options.map((option) => option.label.length));
  const display = /voice/i.test(base.name) || options.length > 12 || longest > 24 ? 'select' : 'chips';
  return { ...base, kind: 'enum', options, defaultValue: schema.default as string | number | undefined, display };
}

function numberField(base: Base, schema: JsonSchema, integer: boolean): NumberField {
  const min = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + (integer ? 1 : 0.01) : 0);
  const max = schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - (integer ? 1 : 0.01) : Math.max(min, 100));
  const hasRange = schema.maximum !== undefined || schema.exclusiveMaximum !== undefined;
  return {
    ...base,
    kind: 'number',
    min,
    max,
    integer,
    step: stepFor(integer, min, max, base.name),
    defaultValue: typeof schema.default === 'number' ? schema.default : undefined,
    slider: hasRange && max - min <= 10_000,
    ...(/seconds$/i.test(base.name) ? { unit: 's' as const } : {}),
  };
}

function field(name: string, schema: JsonSchema, labels: OptionLabels): ParameterField | null {
  const base: Base = { name, label: parameterLabel(name), ...(schema.description ? { description: schema.description } : {}) };
  const values = optionValues(schema);
  if (values) return enumField(base, values, schema, labels);
  const type = typeOf(schema);
  if (type === 'integer' || type === 'number') {
    if (name === 'seed') return { ...base, kind: 'seed', min: schema.minimum ?? 0, max: Math.min(schema.maximum ?? 2 ** 31 - 1, 2 ** 31 - 1) };
    return numberField(base, schema, type === 'integer');
  }
  if (type === 'string') {
    return {
      ...base,
      kind: 'text',
      minLength: schema.minLength,
      maxLength: schema.maxLength,
      multiline: (schema.maxLength ?? 0) > 300 || /system|instruction|negative/i.test(name),
      defaultValue: typeof schema.default === 'string' ? schema.default : undefined,
    };
  }
  if (type === 'boolean') return { ...base, kind: 'boolean', defaultValue: typeof schema.default === 'boolean' ? schema.default : undefined };
  return null;
}

const PRESET_RATIOS: Array<[number, number]> = [
  [1, 1],
  [4, 3],
  [3, 4],
  [16, 9],
  [9, 16],
  [3, 2],
  [2, 3],
];

/** Width and height presets for common ratios, as large as the default long side allows. */
function dimensionPresets(width: NumberField, height: NumberField): Option[] {
  const longSide = Math.min(Math.max(width.defaultValue ?? 1024, height.defaultValue ?? 1024), width.max, height.max);
  const round = (value: number, field: NumberField) => Math.min(field.max, Math.max(field.min, Math.round(value / 8) * 8));
  return PRESET_RATIOS.map(([w, h]) => {
    const presetWidth = round(w >= h ? longSide : (longSide * w) / h, width);
    const presetHeight = round(h >= w ? longSide : (longSide * h) / w, height);
    return { value: `${presetWidth}x${presetHeight}`, label: `${w}:${h}`, hint: `${presetWidth} × ${presetHeight}`, ratio: w / h };
  });
}

/** The form fields for a model, in schema order, with width + height joined into one. */
export function fieldsFromSchema(schema: unknown, labels: OptionLabels = {}): ParameterField[] {
  const properties = (schema as JsonSchema | null)?.properties;
  if (!properties || typeof properties !== 'object') return [];
  const fields: ParameterField[] = [];
  for (const [name, property] of Object.entries(properties)) {
    const parsed = field(name, property ?? {}, labels);
    if (parsed) fields.push(parsed);
  }
  const width = fields.find((candidate): candidate is NumberField => candidate.name === 'width' && candidate.kind === 'number');
  const height = fields.find((candidate): candidate is NumberField => candidate.name === 'height' && candidate.kind === 'number');
  if (!width || !height) return fields;
  const joined: DimensionsField = { kind: 'dimensions', name: 'dimensions', label: 'Size', width, height, presets: dimensionPresets(width, height) };
  return fields.flatMap((candidate) => (candidate === width ? [joined] : candidate === height ? [] : [candidate]));
}

/** The values a fresh form starts from: each field's default (seed stays empty: random). */
export function defaultValues(fields: ParameterField[]): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const entry of fields) {
    if (entry.kind === 'dimensions') {
      if (entry.width.defaultValue !== undefined) values.width = entry.width.defaultValue;
      if (entry.height.defaultValue !== undefined) values.height = entry.height.defaultValue;
    } else if (entry.kind !== 'seed' && entry.defaultValue !== undefined) {
      values[entry.name] = entry.defaultValue;
    }
  }
  return values;
}

function numberError(entry: { label: string; min: number; max: number; integer?: boolean }, value: unknown): string | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return `${entry.label} must be a number.`;
  if (entry.integer && !Number.isInteger(value)) return `${entry.label} must be a whole number.`;
  if (value < entry.min || value > entry.max) return `${entry.label} must be between ${entry.min} and ${entry.max}.`;
  return undefined;
}

/** What is wrong with the values, by parameter name (checked again by the server). */
export function validateValues(fields: ParameterField[], values: Record<string, unknown>): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const entry of fields) {
    if (entry.kind === 'dimensions') {
      for (const part of [entry.width, entry.height]) {
        if (values[part.name] === undefined) continue;
        const message = numberError(part, values[part.name]);
        if (message) errors[part.name] = message;
      }
      continue;
    }
    const value = values[entry.name];
    if (value === undefined) continue;
    let message: string | undefined;
    if (entry.kind === 'number') message = numberError(entry, value);
    else if (entry.kind === 'seed') message = numberError({ ...entry, integer: true }, value);
    else if (entry.kind === 'text' && typeof value === 'string') {
      if (entry.minLength !== undefined && value.length < entry.minLength) message = `${entry.label} must not be empty.`;
      else if (entry.maxLength !== undefined && value.length > entry.maxLength) {
        message = `${entry.label} must be at most ${entry.maxLength} characters.`;
      }
    }
    if (message) errors[entry.name] = message;
  }
  return errors;
}

/**
 * Keeps the values the new model also takes (a remix, or switching between two models with
 * the same parameters); the rest start from the new model's defaults.
 */
export function carryOverValues(fields: ParameterField[], previous: Record<string, unknown>): Record<string, unknown> {
  const next = defaultValues(fields);
  const names = new Set(fields.flatMap((entry) => (entry.kind === 'dimensions' ? ['width', 'height'] : [entry.name])));
  for (const [name, value] of Object.entries(previous)) {
    if (!names.has(name) || value === undefined) continue;
    const candidate = { ...next, [name]: value };
    if (!validateValues(fields, candidate)[name]) next[name] = value;
  }
  for (const entry of fields) {
    if (entry.kind === 'enum' && next[entry.name] !== undefined && !entry.options.some((option) => option.value === next[entry.name])) {
      next[entry.name] = entry.defaultValue;
    }
  }
  return next;
}
