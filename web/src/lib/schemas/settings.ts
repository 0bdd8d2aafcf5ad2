import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { GENERATION_TYPES, type GenerationType } from '@/lib/providers/provider';

/** One type's default: a provider id and one of its catalog model ids. */
export const defaultModelSchema = z
  .object({
    provider: z.string({ error: 'provider is required' }).min(1, 'provider is required').max(50, 'provider must be at most 50 characters'),
    model: z.string({ error: 'model is required' }).min(1, 'model is required').max(200, 'model must be at most 200 characters'),
  })
  .strict()
  .meta({ id: 'DefaultModel' });

export type DefaultModel = z.infer<typeof defaultModelSchema>;

/** The defaults that are set, by generation type; a type left out has none. */
export type DefaultModels = Partial<Record<GenerationType, DefaultModel>>;

const typeShape = <T extends z.ZodType>(value: T) =>
  Object.fromEntries(GENERATION_TYPES.map((type) => [type, value.optional()])) as Record<GenerationType, z.ZodOptional<T>>;

export const defaultModelsSchema = z.object(typeShape(defaultModelSchema)).meta({ id: 'DefaultModels' });

export const defaultModelsResponseSchema = z.object({ defaults: defaultModelsSchema }).meta({ id: 'DefaultModelsResponse' });

/**
 * PUT /api/settings/defaults: the types to change. A default sets the type's default, null
 * clears it, and a type left out keeps what it had.
 */
export const updateDefaultModelsSchema = z
  .object({ defaults: z.object(typeShape(defaultModelSchema.nullable())).strict() })
  .strict()
  .meta({ id: 'UpdateDefaultModelsRequest' });

export type UpdateDefaultModelsInput = z.infer<typeof updateDefaultModelsSchema>;

/** What the checks need of a catalog: the registry's providers on the server, GET /api/providers in the browser. */
export type CatalogLike = ReadonlyArray<{ id: string; name: string; models: ReadonlyArray<{ id: string; type: string; name: string }> }>;

/** Why the catalog cannot serve `entry` as the default for `type`, or null when it can. */
export function defaultModelProblem(catalog: CatalogLike, type: GenerationType, entry: DefaultModel): string | null {
  const provider = catalog.find((candidate) => candidate.id === entry.provider);
  if (!provider) return `There is no provider "${entry.provider}".`;
  const model = provider.models.find((candidate) => candidate.id === entry.model);
  if (!model) return `${provider.name} has no model "${entry.model}".`;
  if (model.type !== type) return `${model.name} (${provider.name}) makes ${model.type}, not ${type}.`;
  return null;
}

/** Throws 422 unknown_model naming every default the catalog cannot serve. */
export function assertDefaultModelsInCatalog(catalog: CatalogLike, defaults: UpdateDefaultModelsInput['defaults']): void {
  const issues: Array<{ path: string; message: string }> = [];
  for (const type of GENERATION_TYPES) {
    const entry = defaults[type];
    if (!entry) continue;
    const problem = defaultModelProblem(catalog, type, entry);
    if (problem) issues.push({ path: `defaults.${type}`, message: problem });
  }
  if (issues.length > 0) {
    throw new AppError('unknown_model', issues.map((issue) => issue.message).join(' '), { issues });
  }
}

/** The stored defaults the catalog can still serve; anything else (a model since removed, a malformed entry) is left out. */
export function defaultModelsInCatalog(catalog: CatalogLike, stored: unknown): DefaultModels {
  const result: DefaultModels = {};
  if (!stored || typeof stored !== 'object') return result;
  for (const type of GENERATION_TYPES) {
    const parsed = defaultModelSchema.safeParse((stored as Record<string, unknown>)[type]);
    if (parsed.success && defaultModelProblem(catalog, type, parsed.data) === null) result[type] = parsed.data;
  }
  return result;
}
