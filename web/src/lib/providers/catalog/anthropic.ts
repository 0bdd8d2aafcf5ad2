import type { ProviderInfo } from '../provider';
import { priceSource, textModel } from './shared';

const anthropicPrices = priceSource('https://platform.claude.com/docs/en/about-claude/pricing');

export const anthropicProvider: ProviderInfo = {
    id: 'anthropic',
    name: 'Anthropic',
    keyless: false,
    website: 'https://console.anthropic.com',
    models: [
      textModel('claude-opus-5-5', 'Claude Opus 5.5', { unit: 'per_1m_tokens', inputUsd: 4, outputUsd: 20, source: anthropicPrices }),
      textModel('claude-sonnet-5-5', 'Claude Sonnet 5.5', { unit: 'per_1m_tokens', inputUsd: 2, outputUsd: 10, source: anthropicPrices }),
      textModel('claude-haiku-5-5', 'Claude Haiku 5.5', { unit: 'per_1m_tokens', inputUsd: 0.1, outputUsd: 0.5, source: anthropicPrices }),
    ],
  };
