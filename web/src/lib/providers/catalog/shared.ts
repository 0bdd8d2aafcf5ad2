import { z } from 'zod';
import type { ModelSpec, PriceSource } from '../provider';

/** Shared pieces of the cloud catalog. Prices come from each provider's public pricing page. */
export const checkedOn = '2026-11-23';

export function priceSource(url: string, note?: string): PriceSource {
  return note ? { url, checkedOn, note } : { url, checkedOn };
}

export const textParameters = z.object({
  maxTokens: z.number().int().min(1).max(64_000).default(1024).meta({ description: 'Longest answer, in tokens' }),
  system: z.string().max(10_000).optional().meta({ description: 'Instructions for the model' }),
});

export function textModel(id: string, name: string, pricing: ModelSpec['pricing']): ModelSpec {
  return { id, type: 'text', name, execution: 'stream', parameters: textParameters, pricing };
}
