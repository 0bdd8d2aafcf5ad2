import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { builtinProvider } from '@/lib/providers/catalog/builtin';
import { carryOverValues, defaultValues, fieldsFromSchema, ratioOption, validateValues, type ParameterField } from './schema-fields';

/** The JSON Schema exactly as GET /api/providers serves it. */
function schemaOf(modelId: string): unknown {
  const model = builtinProvider.models.find((candidate) => candidate.id === modelId)!;
  return z.toJSONSchema(model.parameters, { io: 'input', unrepresentable: 'any' });
}

function byName(fields: ParameterField[], name: string): ParameterField {
  const found = fields.find((entry) => entry.name === name);
  if (!found) throw new Error(`no field ${name} in ${fields.map((entry) => entry.name).join(', ')}`);
  return found;
}

describe('fieldsFromSchema', () => {
  it('makes genre and mood chips and a 15–120 s duration slider for the built-in composer', () => {
    const fields = fieldsFromSchema(schemaOf('music'));
    const genre = byName(fields, 'genre');
    expect(genre).toMatchObject({ kind: 'enum', display: 'chips', defaultValue: 'pop' });
    expect(genre.kind === 'enum' && genre.options.find((option) => option.value === 'hip-hop')?.label).toBe('Hip-hop');
    expect(byName(fields, 'mood')).toMatchObject({ kind: 'enum', display: 'chips', defaultValue: 'happy' });
    expect(byName(fields, 'durationSeconds')).toMatchObject({ kind: 'number', label: 'Duration', min: 15, max: 120, slider: true, unit: 's' });
    expect(byName(fields, 'seed')).toMatchObject({ kind: 'seed', min: 0 });
  });

  it('joins width and height into one size field with ratio presets inside the limits', () => {
    const fields = fieldsFromSchema(schemaOf('procedural-image'));
    expect(fields.map((entry) => entry.name)).toEqual(['dimensions', 'seed']);
    const size = byName(fields, 'dimensions');
    if (size.kind !== 'dimensions') throw new Error('expected dimensions');
    const wide = size.presets.find((preset) => preset.label === '16:9')!;
    expect(wide.value).toBe('1024x576');
    for (const preset of size.presets) {
      const [width, height] = String(preset.value).split('x').map(Number) as [number, number];
      expect(width).toBeGreaterThanOrEqual(64);
      expect(height).toBeLessThanOrEqual(1536);
    }
  });

  it('shows video sizes as ratio chips with the pixel size as a hint', () => {
    const size = byName(fieldsFromSchema(schemaOf('motion-video')), 'size');
    expect(size).toMatchObject({ kind: 'enum', display: 'ratio' });
    expect(size.kind === 'enum' && size.options.map((option) => [option.label, option.hint])).toEqual([
      ['16:9', '640 × 360'],
      ['16:9', '1280 × 720'],
      ['9:16', '360 × 640'],
      ['1:1', '720 × 720'],
    ]);
  });

  it('uses the given labels for voices and shows them in a select', () => {
    const fields = fieldsFromSchema(schemaOf('speech'), { voice: { slt: { label: 'SLT — female' } } });
    const voice = byName(fields, 'voice');
    expect(voice).toMatchObject({ kind: 'enum', display: 'select', defaultValue: 'rms' });
    expect(voice.kind === 'enum' && voice.options.find((option) => option.value === 'slt')?.label).toBe('SLT — female');
    expect(byName(fields, 'rate')).toMatchObject({ kind: 'number', min: 0.5, max: 2, step: 0.05 });
  });

  it('reads a choice of constants (anyOf const) as an enum of seconds', () => {
    const schema = { type: 'object', properties: { durationSeconds: { default: 8, anyOf: [{ type: 'number', const: 4 }, { type: 'number', const: 8 }] } } };
    const duration = byName(fieldsFromSchema(schema), 'durationSeconds');
    expect(duration.kind === 'enum' && duration.options.map((option) => option.label)).toEqual(['4 s', '8 s']);
  });

  it('gives a huge range a number input without a slider, and long strings a text area', () => {
    const schema = {
      type: 'object',
      properties: { maxTokens: { type: 'integer', minimum: 1, maximum: 64000 }, system: { type: 'string', maxLength: 10000 } },
    };
    const fields = fieldsFromSchema(schema);
    expect(byName(fields, 'maxTokens')).toMatchObject({ kind: 'number', slider: false, label: 'Max output tokens' });
    expect(byName(fields, 'system')).toMatchObject({ kind: 'text', multiline: true });
  });

  it('returns no fields for a schema without properties', () => {
    expect(fieldsFromSchema({ type: 'object', properties: {} })).toEqual([]);
    expect(fieldsFromSchema(null)).toEqual([]);
  });
});

describe('values', () => {
  const music = fieldsFromSchema(schemaOf('music'));

  it('starts from the defaults and leaves the seed empty', () => {
    expect(defaultValues(music)).toEqual({ genre: 'pop', mood: 'happy', durationSeconds: 30 });
  });

  it('names the parameter that is out of range', () => {
    expect(validateValues(music, { durationSeconds: 121 })).toEqual({ durationSeconds: 'Duration must be between 15 and 120.' });
    expect(validateValues(music, { durationSeconds: 45 })).toEqual({});
    expect(validateValues(music, { seed: 1.5 })).toEqual({ seed: 'Seed must be a whole number.' });
  });

  it('keeps what the new model also accepts and drops the rest', () => {
    const carried = carryOverValues(music, { genre: 'jazz', mood: 'not-a-mood', durationSeconds: 500, voice: 'slt' });
    expect(carried).toEqual({ genre: 'jazz', mood: 'happy', durationSeconds: 30 });
  });
});

describe('ratioOption', () => {
  it('simplifies pixel sizes and keeps plain ratios', () => {
    expect(ratioOption('1280:720')).toMatchObject({ label: '16:9', hint: '1280 × 720' });
    expect(ratioOption('9:16')).toMatchObject({ label: '9:16' });
    expect(ratioOption('portrait')).toBeNull();
  });
});
