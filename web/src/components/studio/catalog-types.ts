import type { z } from 'zod';
import type { providerListSchema } from '@/lib/schemas/provider';
import type { GenerationType } from '@/lib/providers/provider';

/** A provider as GET /api/providers lists it. */
export type CatalogProvider = z.infer<typeof providerListSchema>['items'][number];
export type CatalogModel = CatalogProvider['models'][number];
export type { GenerationType };

export const GENERATION_TYPE_NOUNS: Record<GenerationType, { one: string; ready: string }> = {
  text: { one: 'text', ready: 'Text ready' },
  image: { one: 'image', ready: 'Image ready' },
  video: { one: 'video', ready: 'Video ready' },
  audio: { one: 'audio clip', ready: 'Audio ready' },
  music: { one: 'track', ready: 'Track ready' },
};

/** A model's price in a few words, from the catalog's pricing record. */
export function describePricing(pricing: Record<string, unknown>): string {
  const amount = (key: string) => {
    const value = pricing[key];
    return typeof value === 'number' ? `$${value}` : '?';
  };
  switch (pricing.unit) {
    case 'free':
      return 'Free';
    case 'per_1m_tokens':
      return `${amount('inputUsd')} in / ${amount('outputUsd')} out per 1M tokens`;
    case 'per_image':
      return `${amount('usd')} per image`;
    case 'per_megapixel':
      return `${amount('usd')} per megapixel`;
    case 'per_second':
      return `${amount('usd')} per second`;
    case 'per_1k_characters':
      return `${amount('usd')} per 1,000 characters`;
    case 'per_request':
      return `${amount('usd')} per run`;
    default:
      return 'Unknown price';
  }
}

/** The provider's pricing page, when the catalog names one. */
export function pricingSource(pricing: Record<string, unknown>): string | undefined {
  const source = pricing.source as { url?: unknown } | undefined;
  return typeof source?.url === 'string' ? source.url : undefined;
}
