import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { locateFliteWasm, transcribeToPhones } from './speech-flite';

async function phonesOf(text: string): Promise<string> {
  return (await transcribeToPhones(text)).filter((phone) => phone !== 'pau').join(' ');
}

describe('Flite pronunciation (letters to phones)', () => {
  it('finds the synthesizer shipped in node_modules', () => {
    expect(existsSync(locateFliteWasm())).toBe(true);
  });

  it.each([
    ['hello', 'hh ax l ow'],
    ['though', 'dh ow'],
    ['knight', 'n ay t'],
    ['one', 'w ah n'],
    ['colonel', 'k er n ax l'],
  ])('says the irregular word "%s" as /%s/', async (word, phones) => {
    expect(await phonesOf(word)).toBe(phones);
  });

  it.each([
    ['blicket', 'b l ih k ax t'],
    ['zorplex', 'z ao r p l eh k s'],
    ['phantasm', 'f ae n t ae z ax m'],
  ])('sounds out the made-up word "%s" as /%s/ by rule', async (word, phones) => {
    expect(await phonesOf(word)).toBe(phones);
  });

  it('reads numbers, money and titles as words', async () => {
    expect(await phonesOf('42')).toBe('f ao r t iy t uw');
    expect(await phonesOf('$3.50')).toBe('th r iy d aa l er z f ih f t iy s eh n t s');
    expect(await phonesOf('Dr. Smith')).toBe('d aa k t er s m ih th');
  });
});
