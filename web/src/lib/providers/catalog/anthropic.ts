import type { ProviderInfo } from '../provider';
import { priceSource, textModel } from './shared';

const pricingPage = 'https://platform.claude.com/docs/en/about-claude/pricing';
const anthropicPrices = priceSource(pricingPage);

/** Current Claude models (none deprecated in `@anthropic-ai/sdk` 1.x); prices per 1M input / output tokens. */
export const anthropicProvider: ProviderInfo = {
  id: 'anthropic',
  name: 'Anthropic',
  keyless: false,
  website: 'https://console.anthropic.com',
  models: [
    textModel('claude-opus-5-5', 'Claude Opus 5.5', { unit: 'per_1m_tokens', inputUsd: 4, outputUsd: 20, source: anthropicPrices }),
    textModel('claude-sonnet-5-5', 'Claude Sonnet 5.5', { unit: 'per_1m_tokens', inputUsd: 2, outputUsd: 10, source: anthropicPrices }),
    textModel('claude-haiku-5-5', 'Claude Haiku 5.5', {
      unit: 'per_1m_tokens',
      inputUsd: 0.1,
      outputUsd: 0.5,
      source: priceSource(pricingPage, 'For prompts up to 100k tokens; longer prompts cost $0.50 / $2.50.'),
    }),
    textModel('claude-fable-5-1', 'Claude Fable 5.1', { unit: 'per_1m_tokens', inputUsd: 10, outputUsd: 50, source: anthropicPrices }),
    textModel('claude-haiku-4-5', 'Claude Haiku 4.5', { unit: 'per_1m_tokens', inputUsd: 1, outputUsd: 5, source: anthropicPrices }),
  ],
};
