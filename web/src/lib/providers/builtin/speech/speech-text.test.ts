import { describe, expect, it } from 'vitest';
import { MAX_CHUNK_CHARACTERS, PAUSE_SECONDS, prepareSpeechText, splitSpeechText } from './speech-text';

const texts = (text: string) => splitSpeechText(text).map((chunk) => chunk.text);

describe('prepareSpeechText', () => {
  it('folds typography and accents to ASCII and drops emoji', () => {
    expect(prepareSpeechText('“Café” — it’s naïve… 🎉')).toBe(`"Cafe" , it's naive...`);
  });

  it('expands abbreviations Flite would spell out letter by letter', () => {
    expect(prepareSpeechText('Fruit, e.g. apples & pears, i.e. food, etc.')).toBe('Fruit, for example apples and pears, that is food, et cetera.');
  });

  it('removes control characters and collapses spaces but keeps line breaks', () => {
    expect(prepareSpeechText('one\u0007  two\r\n\tthree')).toBe('one two\nthree');
  });
});

describe('splitSpeechText', () => {
  it('cuts sentences at . ! and ? with a sentence pause, and none after the last', () => {
    expect(splitSpeechText('It rained. Did it stop? Yes!')).toEqual([
      { text: 'It rained.', pauseAfterSeconds: PAUSE_SECONDS.sentence },
      { text: 'Did it stop?', pauseAfterSeconds: PAUSE_SECONDS.sentence },
      { text: 'Yes!', pauseAfterSeconds: 0 },
    ]);
  });

  it('does not cut after titles, initials, decimals or before a lowercase word', () => {
    expect(texts('Dr. Smith met J. R. Tolkien at 3.5 p.m. today. Then he left.')).toEqual([
      'Dr. Smith met J. R. Tolkien at 3.5 p.m. today.',
      'Then he left.',
    ]);
  });

  it('pauses longer between paragraphs than between sentences', () => {
    const chunks = splitSpeechText('First paragraph ends here.\n\nSecond one starts.');
    expect(chunks[0]).toEqual({ text: 'First paragraph ends here.', pauseAfterSeconds: PAUSE_SECONDS.paragraph });
    expect(PAUSE_SECONDS.paragraph).toBeGreaterThan(PAUSE_SECONDS.sentence);
  });

  it('reads list items and headings as their own utterances, but joins hard-wrapped prose', () => {
    expect(texts('Shopping\n- milk\n- bread\nThis line of prose was wrapped by an editor at a narrow\nwidth and goes on.')).toEqual([
      'Shopping',
      'milk',
      'bread',
      'This line of prose was wrapped by an editor at a narrow width and goes on.',
    ]);
  });

  it('cuts a very long sentence at commas into short pieces with clause pauses', () => {
    const sentence = Array.from({ length: 30 }, (_, index) => `item number ${index + 1}`).join(', ') + '.';
    const chunks = splitSpeechText(sentence);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.every((chunk) => chunk.text.length <= MAX_CHUNK_CHARACTERS)).toBe(true);
    expect(chunks.slice(0, -1).every((chunk) => chunk.pauseAfterSeconds === PAUSE_SECONDS.clause)).toBe(true);
    expect(chunks.map((chunk) => chunk.text).join(' ')).toBe(sentence);
  });

  it('returns nothing for text with no letters or digits', () => {
    expect(splitSpeechText(' ... !? \n\n -- ')).toEqual([]);
  });
});
