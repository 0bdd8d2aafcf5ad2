/**
 * Text preparation before Flite: fold to ASCII (Flite's English front end reads bytes),
 * expand the few abbreviations it spells out letter by letter, and cut the text into
 * utterances. Each utterance is rendered on its own, so we set the pause after it (a
 * sentence, a paragraph, a list line) and can report progress and yield between them.
 * Numbers, money, times, dates and common titles (Dr., Mr.) are left to Flite.
 */

/** One utterance and the silence after it, in seconds at rate 1. */
export type SpeechChunk = { text: string; pauseAfterSeconds: number };

export const PAUSE_SECONDS = { clause: 0.15, sentence: 0.45, paragraph: 0.8 } as const;
/** Longer sentences are cut at clause punctuation, then at spaces, to keep each render short. */
export const MAX_CHUNK_CHARACTERS = 240;

const CHARACTER_MAP: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"', '\u00AB': '"', '\u00BB': '"',
  '\u2013': ', ', '\u2014': ', ', '\u2015': ', ', '\u2026': '...', '\u00A0': ' ', '\u2022': '\n',
  '\u00D7': ' times ', '\u00B0': ' degrees ', '\u20AC': ' euros ', '\u00A3': ' pounds ',
};

/** Flite says these letter by letter ("E G", "J R"); a reader would say the words. */
const EXPANSIONS: Array<[RegExp, string]> = [
  [/\be\.g\.(?=\s|$)/gi, 'for example'],
  [/\bi\.e\.(?=\s|$)/gi, 'that is'],
  [/\betc\./gi, 'et cetera.'],
  [/\bvs\.?(?=\s)/gi, 'versus'],
  [/\bJr\./g, 'Junior'],
  [/\bSr\./g, 'Senior'],
  [/\s&\s/g, ' and '],
];

/** Words ending in "." that do not end a sentence. */
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'mt', 'no', 'fig', 'approx', 'dept', 'inc', 'ltd', 'co', 'ave', 'rd']);

export function prepareSpeechText(text: string): string {
  let prepared = text.replace(/\r\n?/g, '\n').replace(/[\u2018-\u2033\u00AB\u00BB\u00A0\u2022\u2026\u00D7\u00B0\u20AC\u00A3\u2013-\u2015]/g, (character) => CHARACTER_MAP[character] ?? character);
  // Accented letters keep their base letter (café → cafe); anything else outside ASCII (emoji, CJK) is dropped.
  prepared = prepared.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^\x20-\x7E\n]/g, ' ');
  for (const [pattern, replacement] of EXPANSIONS) prepared = prepared.replace(pattern, replacement);
  return prepared.replace(/[ \t]+/g, ' ').replace(/ *\n */g, '\n').trim();
}

function hasSpeakableText(text: string): boolean {
  return /[a-z0-9]/i.test(text);
}

/** Splits one paragraph line into sentences at . ! ? followed by a space, unless it ends an abbreviation or an initial. */
function splitSentences(line: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of line.matchAll(/[.!?]+["')\]]*(?=\s+(\S))/g)) {
    const end = match.index + match[0].length;
    const before = /([A-Za-z]+)\.+["')\]]*$/.exec(line.slice(start, end))?.[1] ?? '';
    const nextCharacter = match[1] ?? '';
    const isAbbreviation = match[0].startsWith('.') && (ABBREVIATIONS.has(before.toLowerCase()) || /^[A-Z]$/.test(before));
    if (isAbbreviation || /[a-z]/.test(nextCharacter)) continue;
    sentences.push(line.slice(start, end).trim());
    start = end;
  }
  sentences.push(line.slice(start).trim());
  return sentences.filter((sentence) => sentence.length > 0);
}

/** Cuts a long sentence at , ; : first, then at spaces, into pieces of at most `MAX_CHUNK_CHARACTERS`. */
function splitLongSentence(sentence: string): string[] {
  if (sentence.length <= MAX_CHUNK_CHARACTERS) return [sentence];
  const pieces: string[] = [];
  let current = '';
  const words = sentence.split(/(?<=[,;:])\s+/).flatMap((clause) =>
    clause.length <= MAX_CHUNK_CHARACTERS ? [clause] : clause.split(' '),
  );
  for (const word of words) {
    const candidate = current ? `${current} ${word}` : word;
    if (candidate.length > MAX_CHUNK_CHARACTERS && current) {
      pieces.push(current);
      current = word.slice(0, MAX_CHUNK_CHARACTERS);
    } else {
      current = candidate.slice(0, MAX_CHUNK_CHARACTERS);
    }
  }
  if (current) pieces.push(current);
  return pieces;
}

const LIST_MARKER = /^(?:[-*+]|\d+[.)])\s+/;
/** A line shorter than this that ends without punctuation reads as a heading or a list line. */
const SHORT_LINE_CHARACTERS = 50;

/**
 * Joins hard-wrapped lines of prose back into one line, but keeps list items, headings and
 * lines after a colon on their own, so they get a pause after them.
 */
function joinWrappedLines(paragraph: string): string[] {
  const lines: string[] = [];
  for (const line of paragraph.split('\n')) {
    const previous = lines.at(-1);
    const startsOwnLine = previous === undefined || LIST_MARKER.test(line) || previous.length < SHORT_LINE_CHARACTERS || previous.endsWith(':');
    if (startsOwnLine) lines.push(line);
    else lines[lines.length - 1] = `${previous} ${line}`;
  }
  return lines.map((line) => line.replace(LIST_MARKER, ''));
}

/** Prepared text → utterances with the pause after each; blank lines are paragraph breaks. */
export function splitSpeechText(text: string): SpeechChunk[] {
  const chunks: SpeechChunk[] = [];
  for (const paragraph of prepareSpeechText(text).split(/\n{2,}/)) {
    for (const line of joinWrappedLines(paragraph)) {
      for (const sentence of splitSentences(line)) {
        const pieces = splitLongSentence(sentence).filter(hasSpeakableText);
        pieces.forEach((piece, index) => {
          chunks.push({ text: piece, pauseAfterSeconds: index < pieces.length - 1 ? PAUSE_SECONDS.clause : PAUSE_SECONDS.sentence });
        });
      }
    }
    const last = chunks.at(-1);
    if (last) last.pauseAfterSeconds = PAUSE_SECONDS.paragraph;
  }
  const last = chunks.at(-1);
  if (last) last.pauseAfterSeconds = 0;
  return chunks;
}
