import type { ProviderInfo } from '../provider';
import { textParameters } from './shared';

export const openaiCompatibleProvider: ProviderInfo = {
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
  };
