import type { ProviderInfo } from '../provider';
import { textParameters } from './shared';

export const openaiCompatibleProvider: ProviderInfo = {
  id: 'openai-compatible',
  name: 'OpenAI-compatible (Ollama, LM Studio, OpenRouter, vLLM)',
  keyless: false,
  acceptsBaseUrl: true,
  note:
    'Any server that speaks the OpenAI Chat Completions API. Type the model name your server serves; the base URL usually ' +
    'ends in /v1 (Ollama: http://localhost:11434/v1). A local server such as Ollama needs no key.',
  models: [
    {
      id: 'custom',
      type: 'text',
      name: 'Any model on your server',
      execution: 'stream',
      freeModelName: true,
      parameters: textParameters,
      // Each server sets its own price (or none, when it runs locally).
      pricing: { unit: 'unknown' },
    },
  ],
};
