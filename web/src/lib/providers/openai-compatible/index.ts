export { openaiCompatibleAdapter } from './openai-compatible-adapter';
