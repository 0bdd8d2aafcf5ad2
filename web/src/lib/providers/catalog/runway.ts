import { z } from 'zod';
import type { ProviderInfo } from '../provider';
import { priceSource } from './shared';

const runwayPrices = priceSource('https://docs.dev.runwayml.com/guides/pricing');

export const runwayProvider: ProviderInfo = {
    id: 'runway',
    name: 'Runway',
    keyless: false,
    website: 'https://dev.runwayml.com',
    models: [
      {
        id: 'gen4.5',
        type: 'video',
        name: 'Gen-4.5',
        execution: 'queued',
        parameters: z.object({
          durationSeconds: z.number().int().min(2).max(10).default(5),
          ratio: z.enum(['1280:720', '720:1280', '960:960']).default('1280:720'),
        }),
        pricing: { unit: 'per_second', usd: 0.12, source: { ...runwayPrices, note: '12 credits per second at $0.01 a credit' } },
      },
      {
        id: 'veo3.1_fast',
        type: 'video',
        name: 'Veo 3.1 Fast',
        execution: 'queued',
        parameters: z.object({
          durationSeconds: z.union([z.literal(4), z.literal(6), z.literal(8)]).default(8),
          ratio: z.enum(['1280:720', '720:1280']).default('1280:720'),
        }),
        pricing: { unit: 'unknown', source: { ...runwayPrices, note: '10–15 credits per second' } },
      },
    ],
  };
