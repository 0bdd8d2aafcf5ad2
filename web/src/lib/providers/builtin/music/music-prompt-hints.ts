/**
 * Words in the prompt nudge the arrangement. The genre and mood stay in charge; hints only
 * move tempo inside the genre range, swap an instrument or switch the drums on or off.
 */

export interface PromptHints {
  /** Multiplies the tempo (before clamping to the genre range). */
  tempo: number;
  drums: 'default' | 'on' | 'off';
  /** Instrument override for the chords part. */
  chords: string | null;
  /** Instrument override for the melody. */
  lead: string | null;
  waltz: boolean;
  swing: boolean;
  vinyl: boolean;
}

const has = (words: Set<string>, ...candidates: string[]) => candidates.some((word) => words.has(word));

export function readPromptHints(prompt: string): PromptHints {
  const text = prompt.toLowerCase();
  const words = new Set(text.split(/[^a-z0-9-]+/).filter(Boolean));
  const noDrums = /\b(no|without|zero)\s+(drums|beat|beats|percussion)\b/.test(text) || has(words, 'drumless', 'beatless');

  let tempo = 1;
  if (has(words, 'slow', 'slower', 'relaxed', 'lazy', 'sleepy', 'gentle', 'chill', 'peaceful')) tempo *= 0.88;
  if (has(words, 'fast', 'faster', 'upbeat', 'driving', 'running', 'dance', 'party', 'uptempo')) tempo *= 1.12;

  let chords: string | null = null;
  if (has(words, 'piano', 'keys')) chords = 'piano';
  else if (has(words, 'guitar', 'acoustic')) chords = 'acousticGuitar';
  else if (has(words, 'rhodes')) chords = 'epiano';
  else if (has(words, 'organ')) chords = 'organ';
  else if (has(words, 'harp')) chords = 'harp';

  let lead: string | null = null;
  if (has(words, 'flute')) lead = 'flute';
  else if (has(words, 'violin', 'fiddle')) lead = 'violin';
  else if (has(words, 'sax', 'saxophone')) lead = 'sax';
  else if (has(words, 'bell', 'bells', 'chime', 'chimes')) lead = 'bell';
  else if (has(words, 'synth', 'synthwave', 'retro')) lead = 'synthLead';
  else if (has(words, 'brass', 'horn', 'horns', 'trumpet')) lead = 'brass';
  else if (has(words, 'music-box', 'lullaby')) lead = 'musicBox';

  return {
    tempo,
    drums: noDrums ? 'off' : has(words, 'drums', 'drum', 'beat', 'beats', 'percussion', 'groove') ? 'on' : 'default',
    chords,
    lead,
    waltz: has(words, 'waltz'),
    swing: has(words, 'swing', 'swung', 'shuffle'),
    vinyl: has(words, 'vinyl', 'tape', 'dusty', 'nostalgic'),
  };
}
