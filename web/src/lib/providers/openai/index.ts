export { openaiAdapter } from './openai-adapter';
