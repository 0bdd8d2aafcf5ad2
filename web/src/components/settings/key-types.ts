import type { GenerationType } from '@/lib/providers/provider';
import type { ApiKey } from '@/lib/schemas/api-key';

/** A provider as the keys page needs it. */
export type KeyProvider = {
  id: string;
  name: string;
  /** The name without its parenthesis, for sentences: "OpenAI-compatible". */
  shortName: string;
  /** Runs with no key (the built-in provider). */
  keyless: boolean;
  acceptsBaseUrl: boolean;
  /** A base URL must come with every key (the user's own server). */
  baseUrlRequired: boolean;
  /** The key may be empty (a local server such as Ollama). */
  keyOptional: boolean;
  /** This server has an adapter for it. */
  available: boolean;
  note: string | null;
  /** What its models make, in catalog order, without repeats. */
  types: GenerationType[];
};

export type KeyTestResult = { ok: boolean; message: string };

const TYPE_LABELS: Record<GenerationType, string> = {
  text: 'Text',
  image: 'Images',
  video: 'Video',
  audio: 'Speech and sound',
  music: 'Music',
};

export function describeTypes(types: GenerationType[]): string {
  return types.map((type) => TYPE_LABELS[type]).join(' · ');
}

/** How a key is named in buttons and messages: its label, else its last four characters. */
export function keyName(key: ApiKey): string {
  if (key.label) return key.label;
  return key.last4 ? `key ending in ${key.last4}` : 'unnamed key';
}
