import { z } from 'zod';

/** Providers whose key may be empty: a local OpenAI-compatible server (Ollama, LM Studio) often needs none. */
export const PROVIDERS_WITH_OPTIONAL_KEY = new Set(['openai-compatible']);

const providerSchema = z
  .string({ error: 'provider is required' })
  .trim()
  .min(1, 'provider is required')
  .max(50, 'provider must be at most 50 characters');

// Keys go into HTTP headers: printable ASCII only, no spaces or line breaks.
const apiKeyValueSchema = z
  .string({ error: 'apiKey is required' })
  .trim()
  .max(500, 'apiKey must be at most 500 characters')
  .regex(/^[\x21-\x7e]*$/, 'apiKey must be printable characters without spaces or line breaks');

const labelSchema = z.string({ error: 'label must be a string' }).trim().max(100, 'label must be at most 100 characters');

const baseUrlSchema = z
  .url({ protocol: /^https?$/, error: 'baseUrl must be an http(s) URL' })
  .max(2048, 'baseUrl must be at most 2048 characters')
  .transform((value) => value.replace(/\/+$/, ''));

export const createApiKeySchema = z
  .object({
    provider: providerSchema,
    apiKey: apiKeyValueSchema.meta({ description: 'The secret; stored encrypted and never returned. May be empty only for openai-compatible.' }),
    label: labelSchema.optional(),
    baseUrl: baseUrlSchema.optional().meta({ description: 'Only for providers that accept one; required for openai-compatible' }),
    isDefault: z.boolean({ error: 'isDefault must be true or false' }).optional().meta({
      description: "Use this key for the provider's generations (the first key of a provider always is)",
    }),
  })
  .strict()
  .superRefine((value, context) => {
    if (value.apiKey === '' && !PROVIDERS_WITH_OPTIONAL_KEY.has(value.provider)) {
      context.addIssue({ code: 'custom', path: ['apiKey'], message: 'apiKey must not be empty' });
    }
  })
  .meta({ id: 'CreateApiKeyRequest' });

export const updateApiKeySchema = z
  .object({
    label: labelSchema.optional(),
    isDefault: z.boolean({ error: 'isDefault must be true or false' }).optional(),
  })
  .strict()
  .refine((value) => value.label !== undefined || value.isDefault !== undefined, { message: 'send label, isDefault or both' })
  .meta({ id: 'UpdateApiKeyRequest' });

export const apiKeySchema = z
  .object({
    id: z.uuid(),
    provider: z.string(),
    label: z.string(),
    last4: z.string().meta({ description: 'The last four characters of the key (empty for keys under 12 characters)' }),
    baseUrl: z.string().nullable(),
    isDefault: z.boolean(),
    createdAt: z.iso.datetime(),
    lastUsedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'ApiKey' });

export const apiKeyResponseSchema = z.object({ key: apiKeySchema }).meta({ id: 'ApiKeyResponse' });

export const apiKeyListSchema = z.object({ items: z.array(apiKeySchema) }).meta({ id: 'ApiKeyList' });

export const apiKeyTestResultSchema = z
  .object({ ok: z.boolean(), message: z.string().meta({ description: "What the provider said, or why the key can't be used" }) })
  .meta({ id: 'ApiKeyTestResult' });

export type CreateApiKeyInput = z.infer<typeof createApiKeySchema>;
export type UpdateApiKeyInput = z.infer<typeof updateApiKeySchema>;
export type ApiKey = z.infer<typeof apiKeySchema>;
export type ApiKeyTestResult = z.infer<typeof apiKeyTestResultSchema>;
