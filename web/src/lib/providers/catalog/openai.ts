import { z } from 'zod';
import type { ProviderInfo } from '../provider';
import { priceSource, textModel } from './shared';

const openaiPrices = priceSource('https://developers.openai.com/api/docs/pricing');

const openaiImageParameters = z.object({
  size: z.enum(['1024x1024', '1536x1024', '1024x1536']).default('1024x1024'),
  quality: z.enum(['low', 'medium', 'high']).default('medium'),
});

export const openaiProvider: ProviderInfo = {
    id: 'openai',
    name: 'OpenAI',
    keyless: false,
    website: 'https://platform.openai.com',
    models: [
      textModel('gpt-5.5', 'GPT-5.5', { unit: 'per_1m_tokens', inputUsd: 5, outputUsd: 30, source: openaiPrices }),
      textModel('gpt-5.4-mini', 'GPT-5.4 mini', { unit: 'per_1m_tokens', inputUsd: 0.75, outputUsd: 4.5, source: openaiPrices }),
      {
        id: 'gpt-image-2',
        type: 'image',
        name: 'GPT Image 2',
        execution: 'sync',
        parameters: openaiImageParameters,
        pricing: { unit: 'unknown', source: { ...openaiPrices, note: 'Billed by image tokens; per-image price depends on quality.' } },
      },
      {
        id: 'gpt-4o-mini-tts',
        type: 'audio',
        name: 'GPT-4o mini TTS',
        execution: 'sync',
        parameters: z.object({
          voice: z.enum(['alloy', 'ash', 'coral', 'echo', 'fable', 'nova', 'onyx', 'sage', 'shimmer']).default('alloy'),
          speed: z.number().min(0.25).max(4).default(1),
        }),
        pricing: { unit: 'unknown', source: { ...openaiPrices, note: 'Billed by text and audio tokens.' } },
      },
    ],
  };
