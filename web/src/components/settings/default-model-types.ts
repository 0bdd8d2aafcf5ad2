import type { GenerationType } from '@/lib/providers/provider';

/** A model the default for a type can be, as the Default models page shows it. */
export type DefaultModelOption = { id: string; name: string; description: string | null; price: string };

/** A provider offering at least one model of the type, with only those models. */
export type DefaultProviderOption = {
  id: string;
  name: string;
  /** Has a key (or needs none): the studio can run it now. */
  configured: boolean;
  /** This server has an adapter for it. */
  available: boolean;
  keyless: boolean;
  models: DefaultModelOption[];
};

/** One generation type and the providers that make it, in catalog order. */
export type DefaultModelChoices = { type: GenerationType; providers: DefaultProviderOption[] };

export const TYPE_TITLES: Record<GenerationType, { title: string; hint: string }> = {
  text: { title: 'Text', hint: 'Writing, chat and prompts.' },
  image: { title: 'Image', hint: 'Pictures from a prompt.' },
  video: { title: 'Video', hint: 'Short clips from a prompt.' },
  audio: { title: 'Audio', hint: 'Speech and sound effects.' },
  music: { title: 'Music', hint: 'Tracks from a prompt, genre and mood.' },
};

/** What stands between the provider and a generation, in a few words. */
export function providerStatus(provider: DefaultProviderOption): string {
  if (!provider.configured) return 'Needs an API key';
  if (!provider.available) return 'Not available on this server';
  return provider.keyless ? 'Free, runs on this server' : 'Ready';
}
