import { z } from 'zod';
import type { ProviderInfo } from '../provider';
import { priceSource } from './shared';

const elevenPrices = priceSource('https://elevenlabs.io/pricing/api');

export const elevenlabsProvider: ProviderInfo = {
    id: 'elevenlabs',
    name: 'ElevenLabs',
    keyless: false,
    website: 'https://elevenlabs.io',
    models: [
      {
        id: 'eleven_flash_v2_5',
        type: 'audio',
        name: 'Flash v2.5 (speech)',
        execution: 'sync',
        parameters: z.object({ voiceId: z.string().min(1).max(100).default('21m00Tcm4TlvDq8ikWAM') }),
        pricing: { unit: 'per_1k_characters', usd: 0.05, source: elevenPrices },
      },
      {
        id: 'eleven_multilingual_v2',
        type: 'audio',
        name: 'Multilingual v2 (speech)',
        execution: 'sync',
        parameters: z.object({ voiceId: z.string().min(1).max(100).default('21m00Tcm4TlvDq8ikWAM') }),
        pricing: { unit: 'per_1k_characters', usd: 0.1, source: elevenPrices },
      },
      {
        id: 'eleven_text_to_sound_v2',
        type: 'audio',
        name: 'Sound effects',
        execution: 'sync',
        parameters: z.object({ durationSeconds: z.number().min(0.5).max(30).default(5) }),
        pricing: { unit: 'unknown', source: elevenPrices },
      },
      {
        id: 'music_v2_5',
        type: 'music',
        name: 'Eleven Music',
        execution: 'sync',
        parameters: z.object({ durationSeconds: z.number().min(3).max(600).default(30) }),
        pricing: { unit: 'unknown', source: elevenPrices },
      },
    ],
  };
