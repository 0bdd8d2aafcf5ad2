import { z } from 'zod';
import type { ProviderInfo } from '../provider';
import { priceSource, textModel } from './shared';

const pricingPage = 'https://developers.openai.com/api/docs/pricing';
const openaiPrices = priceSource(pricingPage);

export const openaiImageParameters = z.object({
  size: z.enum(['auto', '1024x1024', '1536x1024', '1024x1536']).default('1024x1024').meta({ description: 'Width x height in pixels' }),
  quality: z.enum(['low', 'medium', 'high', 'auto']).default('medium').meta({ description: 'Higher quality costs more image tokens' }),
  count: z.number().int().min(1).max(4).default(1).meta({ description: 'How many images' }),
});

export const openaiSpeechVoices = ['alloy', 'ash', 'ballad', 'coral', 'echo', 'fable', 'nova', 'onyx', 'sage', 'shimmer', 'verse', 'marin', 'cedar'] as const;

export const openaiSpeechParameters = z.object({
  voice: z.enum(openaiSpeechVoices).default('alloy'),
  speed: z.number().min(0.25).max(4).default(1).meta({ description: 'Speaking speed, 1 is normal' }),
  instructions: z.string().max(4_000).optional().meta({ description: 'How to speak: tone, accent, pace' }),
});

const imagePriceNote =
  'Billed by tokens: gpt-image-2 $5 per 1M text-input and $30 per 1M image-output tokens; the tokens per image depend on size and ' +
  'quality, and the per-image figures we found (about $0.006 / $0.053 / $0.211 at low / medium / high, 1024x1024) are unconfirmed, ' +
  'so no price is shown before the run.';

/**
 * OpenAI's current models (SDK `openai` 7.59, checked 2026-11-23). Retired and not listed:
 * dall-e-2 / dall-e-3 (2026-05-12), gpt-image-1 (2026-10-23) and the Sora video API (2026-09-24).
 */
export const openaiProvider: ProviderInfo = {
  id: 'openai',
  name: 'OpenAI',
  keyless: false,
  website: 'https://platform.openai.com',
  note: 'Text, images and speech. OpenAI shut its Sora video API down on 2026-09-24.',
  models: [
    textModel('gpt-5.5', 'GPT-5.5', { unit: 'per_1m_tokens', inputUsd: 5, outputUsd: 30, source: openaiPrices }),
    textModel('gpt-5.4-mini', 'GPT-5.4 mini', { unit: 'per_1m_tokens', inputUsd: 0.75, outputUsd: 4.5, source: openaiPrices }),
    textModel('gpt-6-astra', 'GPT-6 Astra', {
      unit: 'unknown',
      source: priceSource(pricingPage, 'One third-party source gives $10 / $50 per 1M input / output tokens; not confirmed, so not used.'),
    }),
    {
      id: 'gpt-image-2',
      type: 'image',
      name: 'GPT Image 2',
      execution: 'sync',
      parameters: openaiImageParameters,
      pricing: { unit: 'unknown', source: priceSource(pricingPage, imagePriceNote) },
    },
    {
      id: 'gpt-image-1.5',
      type: 'image',
      name: 'GPT Image 1.5',
      execution: 'sync',
      parameters: openaiImageParameters,
      pricing: {
        unit: 'unknown',
        source: priceSource(pricingPage, 'Billed by tokens: $32 per 1M image-output tokens; the text-input price and tokens per image are not confirmed.'),
      },
    },
    {
      id: 'gpt-4o-mini-tts',
      type: 'audio',
      name: 'GPT-4o mini TTS',
      description: 'Speech as MP3. OpenAI has announced its shutdown for 2027-01-06.',
      execution: 'sync',
      parameters: openaiSpeechParameters,
      pricing: {
        unit: 'unknown',
        source: priceSource(
          pricingPage,
          'Billed by tokens: $0.60 per 1M text-input and $12 per 1M audio-output tokens; the speech endpoint returns audio without token counts, so the cost cannot be computed here.',
        ),
      },
    },
  ],
};
