import { z } from 'zod';
import type { ModelSpec, ProviderInfo } from '../provider';
import { priceSource } from './shared';

/**
 * ElevenLabs models: text to speech, sound effects and music (`@elevenlabs/elevenlabs-js` 2.73).
 * @see https://elevenlabs.io/docs/api-reference/text-to-speech/convert
 * @see https://elevenlabs.io/docs/api-reference/text-to-sound-effects/convert
 * @see https://elevenlabs.io/docs/api-reference/music/compose
 */
const pricingPage = 'https://elevenlabs.io/pricing/api';

/** A premade voice every account has (George), as used in the SDK's own examples. */
export const ELEVENLABS_DEFAULT_VOICE_ID = 'JBFqnCBsd6RMkjVDRZzb';

export const elevenlabsSpeechParameters = z.object({
  voiceId: z
    .string()
    .regex(/^[A-Za-z0-9]{1,64}$/, 'A voice id is letters and digits, as shown in your ElevenLabs voice library')
    .default(ELEVENLABS_DEFAULT_VOICE_ID)
    .meta({ description: 'Voice id from your ElevenLabs voice library' }),
  stability: z.number().min(0).max(1).optional().meta({ description: 'Lower is more expressive, higher more even (voice default when empty)' }),
  similarityBoost: z.number().min(0).max(1).optional().meta({ description: 'How closely to follow the original voice (voice default when empty)' }),
  style: z.number().min(0).max(1).optional().meta({ description: 'Style exaggeration; above 0 adds latency' }),
  speed: z.number().min(0.7).max(1.2).optional().meta({ description: 'Speaking rate; 1 is normal' }),
  languageCode: z
    .string()
    .regex(/^[a-z]{2}$/, 'An ISO 639-1 code such as "en" or "de"')
    .optional()
    .meta({ description: 'Force a language (ISO 639-1); ignored by models that do not support it' }),
  seed: z.number().int().min(0).max(4_294_967_295).optional().meta({ description: 'Same seed and settings give similar audio' }),
});

export const elevenlabsSoundEffectParameters = z.object({
  durationSeconds: z.number().min(0.5).max(30).optional().meta({ description: 'Length in seconds; empty lets the model choose' }),
  promptInfluence: z.number().min(0).max(1).default(0.3).meta({ description: 'How closely to follow the prompt' }),
  loop: z.boolean().default(false).meta({ description: 'Make a sound that loops smoothly' }),
});

export const elevenlabsMusicParameters = z.object({
  durationSeconds: z.number().min(3).max(600).default(30).meta({ description: 'Length of the song in seconds' }),
  forceInstrumental: z.boolean().default(false).meta({ description: 'Guarantee a song without vocals' }),
});

export type ElevenLabsSpeechParameters = z.infer<typeof elevenlabsSpeechParameters>;
export type ElevenLabsSoundEffectParameters = z.infer<typeof elevenlabsSoundEffectParameters>;
export type ElevenLabsMusicParameters = z.infer<typeof elevenlabsMusicParameters>;

/** The sound-effect models; every other `audio` model here is text to speech. */
export const ELEVENLABS_SOUND_EFFECT_MODEL_IDS: readonly string[] = ['eleven_text_to_sound_v2'];

const speechPricing: ModelSpec['pricing'] = {
  unit: 'unknown',
  source: priceSource(pricingPage, 'Billed per character of text; the per-character API rate is not confirmed.'),
};

function speechModel(id: string, name: string, description: string): ModelSpec {
  return { id, type: 'audio', name, description, execution: 'sync', parameters: elevenlabsSpeechParameters, pricing: speechPricing };
}

function musicModel(id: string, name: string, description: string): ModelSpec {
  return {
    id,
    type: 'music',
    name,
    description,
    execution: 'sync',
    parameters: elevenlabsMusicParameters,
    pricing: { unit: 'unknown', source: priceSource(pricingPage, 'Billed by length of music; the API rate is not confirmed.') },
  };
}

export const elevenlabsProvider: ProviderInfo = {
  id: 'elevenlabs',
  name: 'ElevenLabs',
  keyless: false,
  website: 'https://elevenlabs.io',
  note: 'A key restricted by endpoint needs Text to Speech, Sound Effects and Music access for those models.',
  models: [
    speechModel('eleven_v4', 'Eleven v4 (speech)', 'The newest speech model.'),
    speechModel('eleven_v4_turbo', 'Eleven v4 Turbo (speech)', 'Eleven v4 tuned for lower latency.'),
    speechModel('eleven_v3', 'Eleven v3 (speech)', 'Expressive speech in 70+ languages; understands audio tags such as [whispers].'),
    speechModel('eleven_multilingual_v2', 'Multilingual v2 (speech)', 'Lifelike, stable speech in 29 languages.'),
    speechModel('eleven_flash_v2_5', 'Flash v2.5 (speech)', 'Fast, low-cost speech in 32 languages.'),
    {
      id: 'eleven_text_to_sound_v2',
      type: 'audio',
      name: 'Sound effects v2',
      description: 'A sound effect from a description, up to 30 seconds.',
      execution: 'sync',
      parameters: elevenlabsSoundEffectParameters,
      pricing: { unit: 'unknown', source: priceSource(pricingPage, 'Billed per generation; the API rate is not confirmed.') },
    },
    musicModel('music_v2_5', 'Eleven Music v2.5', 'Songs from a prompt, 3 seconds to 10 minutes.'),
    musicModel('music_v2', 'Eleven Music v2', 'Songs from a prompt, 3 seconds to 10 minutes.'),
  ],
};
