export { anthropicAdapter } from './anthropic-adapter';
export { mapAnthropicError } from './map-anthropic-error';
