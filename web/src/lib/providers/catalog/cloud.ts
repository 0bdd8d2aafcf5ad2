import { z } from 'zod';
import type { ModelSpec, PriceSource, ProviderInfo } from '../provider';

/**
 * The cloud providers MediaLab supports, with their current models and prices.
 * Prices from each provider's public pricing page (see source); a model whose price is
 * not confirmed is listed with pricing 'unknown' rather than a guess.
 */
const checkedOn = '2026-11-23';
const openaiPrices: PriceSource = { url: 'https://developers.openai.com/api/docs/pricing', checkedOn };
const anthropicPrices: PriceSource = { url: 'https://platform.claude.com/docs/en/about-claude/pricing', checkedOn };
const googlePrices: PriceSource = { url: 'https://ai.google.dev/gemini-api/docs/pricing', checkedOn };
const falPrices: PriceSource = { url: 'https://fal.ai/pricing', checkedOn };
const elevenPrices: PriceSource = { url: 'https://elevenlabs.io/pricing/api', checkedOn };
const runwayPrices: PriceSource = { url: 'https://docs.dev.runwayml.com/guides/pricing', checkedOn };

const textParameters = z.object({
  maxTokens: z.number().int().min(1).max(64_000).default(1024).meta({ description: 'Longest answer, in tokens' }),
  system: z.string().max(10_000).optional().meta({ description: 'Instructions for the model' }),
});

function textModel(id: string, name: string, pricing: ModelSpec['pricing']): ModelSpec {
  return { id, type: 'text', name, execution: 'stream', parameters: textParameters, pricing };
}

const openaiImageParameters = z.object({
  size: z.enum(['1024x1024', '1536x1024', '1024x1536']).default('1024x1024'),
  quality: z.enum(['low', 'medium', 'high']).default('medium'),
});

export const cloudProviders: ProviderInfo[] = [
  {
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
  },
  {
    id: 'anthropic',
    name: 'Anthropic',
    keyless: false,
    website: 'https://console.anthropic.com',
    models: [
      textModel('claude-opus-5-5', 'Claude Opus 5.5', { unit: 'per_1m_tokens', inputUsd: 4, outputUsd: 20, source: anthropicPrices }),
      textModel('claude-sonnet-5-5', 'Claude Sonnet 5.5', { unit: 'per_1m_tokens', inputUsd: 2, outputUsd: 10, source: anthropicPrices }),
      textModel('claude-haiku-5-5', 'Claude Haiku 5.5', { unit: 'per_1m_tokens', inputUsd: 0.1, outputUsd: 0.5, source: anthropicPrices }),
    ],
  },
  {
    id: 'google',
    name: 'Google Gemini',
    keyless: false,
    website: 'https://aistudio.google.com',
    models: [
      textModel('gemini-3.8-flash', 'Gemini 3.8 Flash', { unit: 'per_1m_tokens', inputUsd: 0.75, outputUsd: 3.75, source: googlePrices }),
      {
        id: 'gemini-2.5-flash-image',
        type: 'image',
        name: 'Gemini 2.5 Flash Image',
        execution: 'sync',
        parameters: z.object({ aspectRatio: z.enum(['1:1', '16:9', '9:16', '4:3', '3:4']).default('1:1') }),
        pricing: { unit: 'per_image', usd: 0.039, source: googlePrices },
      },
      {
        id: 'veo-3.1-generate-preview',
        type: 'video',
        name: 'Veo 3.1',
        execution: 'queued',
        parameters: z.object({
          durationSeconds: z.union([z.literal(4), z.literal(6), z.literal(8)]).default(8),
          aspectRatio: z.enum(['16:9', '9:16']).default('16:9'),
        }),
        pricing: { unit: 'per_second', usd: 0.4, source: googlePrices },
      },
      {
        id: 'lyria-3.5',
        type: 'music',
        name: 'Lyria 3.5',
        execution: 'sync',
        parameters: z.object({}),
        pricing: { unit: 'per_request', usd: 0.08, source: googlePrices },
      },
    ],
  },
  {
    id: 'fal',
    name: 'fal',
    keyless: false,
    website: 'https://fal.ai',
    models: [
      {
        id: 'fal-ai/flux/dev',
        type: 'image',
        name: 'FLUX.1 [dev]',
        execution: 'queued',
        parameters: z.object({
          width: z.number().int().min(256).max(2048).default(1024),
          height: z.number().int().min(256).max(2048).default(1024),
          seed: z.number().int().min(0).optional(),
        }),
        pricing: { unit: 'per_megapixel', usd: 0.025, source: falPrices },
      },
      {
        id: 'fal-ai/kling-video/v3/pro/text-to-video',
        type: 'video',
        name: 'Kling 3 Pro',
        execution: 'queued',
        parameters: z.object({
          durationSeconds: z.number().int().min(3).max(15).default(5),
          aspectRatio: z.enum(['16:9', '9:16', '1:1']).default('16:9'),
        }),
        pricing: { unit: 'per_second', usd: 0.224, source: falPrices },
      },
      {
        id: 'fal-ai/stable-audio-25/text-to-audio',
        type: 'music',
        name: 'Stable Audio 2.5',
        execution: 'queued',
        parameters: z.object({ durationSeconds: z.number().min(1).max(190).default(30) }),
        pricing: { unit: 'unknown', source: falPrices },
      },
    ],
  },
  {
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
  },
  {
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
  },
  {
    id: 'openai-compatible',
    name: 'OpenAI-compatible (Ollama, LM Studio, OpenRouter, vLLM)',
    keyless: false,
    acceptsBaseUrl: true,
    note: 'Any server that speaks the OpenAI Chat Completions API. Type the model name your server serves.',
    models: [
      {
        id: 'custom',
        type: 'text',
        name: 'Any model on your server',
        execution: 'stream',
        freeModelName: true,
        parameters: textParameters,
        pricing: { unit: 'unknown' },
      },
    ],
  },
];
