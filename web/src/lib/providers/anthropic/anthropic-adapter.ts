import 'server-only';
import { anthropicProvider } from '../catalog/anthropic';
import type { ProviderAdapter } from '../provider';
import { testAnthropicKey } from './anthropic-key';
import { streamAnthropicText } from './anthropic-text';

/**
 * Anthropic through `@anthropic-ai/sdk` 1.x: streamed text from the Messages API.
 * @see https://platform.claude.com/docs/en/api/messages
 */
export const anthropicAdapter: ProviderAdapter = {
  info: anthropicProvider,
  doTestKey: testAnthropicKey,
  doStream: streamAnthropicText,
};
