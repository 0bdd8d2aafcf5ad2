import type { ProviderInfo } from '../provider';
import { openaiProvider } from './openai';
import { anthropicProvider } from './anthropic';
import { googleProvider } from './google';
import { falProvider } from './fal';
import { elevenlabsProvider } from './elevenlabs';
import { runwayProvider } from './runway';
import { openaiCompatibleProvider } from './openai-compatible';

/** The cloud providers MediaLab supports, with their current models and prices (one file each). */
export const cloudProviders: ProviderInfo[] = [openaiProvider, anthropicProvider, googleProvider, falProvider, elevenlabsProvider, runwayProvider, openaiCompatibleProvider];
