export { elevenlabsAdapter } from './elevenlabs-adapter';
