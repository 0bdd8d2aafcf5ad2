import { z } from 'zod';
import { MUSIC_GENRES, MUSIC_MOODS } from '../builtin/music';
import { BUILTIN_VOICES } from '../builtin/speech';
import type { ProviderInfo } from '../provider';

const seed = z.number().int().min(0).max(2 ** 31 - 1).optional().meta({ description: 'Same seed and prompt, same result' });

export const VIDEO_SIZES = ['640x360', '1280x720', '360x640', '720x720'] as const;

export const builtinProvider: ProviderInfo = {
  id: 'builtin',
  name: 'Built-in (offline)',
  keyless: true,
  note: 'Runs on this server with no key and no network. Text needs a provider: an OpenAI-compatible local server such as Ollama works offline.',
  models: [
    {
      id: 'procedural-image',
      type: 'image',
      name: 'Procedural art',
      description: 'Abstract and landscape art steered by the words of the prompt.',
      execution: 'sync',
      pricing: { unit: 'free' },
      parameters: z.object({
        width: z.number().int().min(64).max(1536).default(1024).meta({ description: 'Width in pixels' }),
        height: z.number().int().min(64).max(1536).default(1024).meta({ description: 'Height in pixels' }),
        seed,
      }),
    },
    {
      id: 'music',
      type: 'music',
      name: 'Composer',
      description: 'An algorithmic composer and synthesizer: genre, mood and exact duration.',
      execution: 'sync',
      pricing: { unit: 'free' },
      parameters: z.object({
        genre: z.enum(MUSIC_GENRES).default('pop'),
        mood: z.enum(MUSIC_MOODS).default('happy'),
        durationSeconds: z.number().min(15).max(120).default(30).meta({ description: 'Length of the track, 15–120 s' }),
        seed,
      }),
    },
    {
      id: 'speech',
      type: 'audio',
      name: 'Offline voice',
      description: 'Offline text to speech (CMU Flite voices), English.',
      execution: 'sync',
      pricing: { unit: 'free' },
      parameters: z.object({
        voice: z.enum(BUILTIN_VOICES).default(BUILTIN_VOICES[0]),
        rate: z.number().min(0.5).max(2).default(1).meta({ description: 'Speaking rate, 1 is normal' }),
      }),
    },
    {
      id: 'motion-video',
      type: 'video',
      name: 'Motion clip',
      description: 'A short animated clip of the prompt’s scene.',
      execution: 'sync',
      pricing: { unit: 'free' },
      parameters: z.object({
        durationSeconds: z.number().min(1).max(10).default(4).meta({ description: 'Length of the clip, 1–10 s' }),
        size: z.enum(VIDEO_SIZES).default('640x360'),
        fps: z.number().int().min(12).max(30).default(24),
        seed,
      }),
    },
  ],
};
