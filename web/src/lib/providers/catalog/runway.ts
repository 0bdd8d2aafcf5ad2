import { z } from 'zod';
import type { ProviderInfo } from '../provider';
import { priceSource } from './shared';

const pricingPage = 'https://docs.dev.runwayml.com/guides/pricing';

const seed = z.number().int().min(0).max(4_294_967_295).optional().meta({ description: 'Same seed and settings give a similar video' });

/** Veo 3.1 on Runway: 4, 6 or 8 seconds, four resolutions, optional soundtrack. */
const veoParameters = z.object({
  durationSeconds: z.union([z.literal(4), z.literal(6), z.literal(8)]).default(8).meta({ description: 'Length in seconds' }),
  ratio: z.enum(['1280:720', '720:1280', '1920:1080', '1080:1920']).default('1280:720').meta({ description: 'Output resolution' }),
  audio: z.boolean().optional().meta({ description: 'Generate a soundtrack (costs more)' }),
  negativePrompt: z.string().max(1000).optional().meta({ description: 'What should not appear' }),
  seed,
});

/**
 * Runway's text-to-video models (`@runwayml/sdk` 4.20 `textToVideo.create`). Runway bills in
 * credits at $0.01 each; every finished task reports its own cost, which wins over these.
 */
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
        durationSeconds: z.number().int().min(2).max(10).default(5).meta({ description: 'Length in seconds' }),
        ratio: z.enum(['1280:720', '720:1280']).default('1280:720').meta({ description: 'Output resolution' }),
        seed,
      }),
      pricing: { unit: 'per_second', usd: 0.12, source: priceSource(pricingPage, '12 credits per second at $0.01 a credit') },
    },
    {
      id: 'veo3.1',
      type: 'video',
      name: 'Veo 3.1',
      execution: 'queued',
      parameters: veoParameters,
      pricing: { unit: 'unknown', source: priceSource(pricingPage, '20–40 credits per second ($0.20–0.40) depending on the options') },
    },
    {
      id: 'veo3.1_fast',
      type: 'video',
      name: 'Veo 3.1 Fast',
      execution: 'queued',
      parameters: veoParameters,
      pricing: { unit: 'unknown', source: priceSource(pricingPage, '10–15 credits per second ($0.10–0.15) depending on the options') },
    },
  ],
};
