import { describe, expect, it } from 'vitest';
import { voiceChord } from './music-harmony';
import { integratedLoudness } from './music-loudness';
import type { ModeName } from './music-theory';
import { chordPitchClasses, chordScale, degreeToMidi, isMinorMode, MODES, parseRoman } from './music-theory';

describe('music theory tables', () => {
  it('spells the major and natural minor scales correctly (AutoTracker shipped them swapped)', () => {
    expect(MODES.ionian).toEqual([0, 2, 4, 5, 7, 9, 11]);
    expect(MODES.aeolian).toEqual([0, 2, 3, 5, 7, 8, 10]);
    expect(isMinorMode('ionian')).toBe(false);
    expect(isMinorMode('aeolian')).toBe(true);
  });

  it('orders the modes from bright to dark, each lowering exactly one degree', () => {
    const ladder: ModeName[] = ['lydian', 'ionian', 'mixolydian', 'dorian', 'aeolian', 'phrygian'];
    for (let index = 1; index < ladder.length; index += 1) {
      const brighter = MODES[ladder[index - 1]!];
      const darker = MODES[ladder[index]!];
      const lowered = brighter.map((pitch, degree) => pitch - darker[degree]!);
      expect(lowered.filter((difference) => difference === 1)).toHaveLength(1);
      expect(lowered.filter((difference) => difference !== 0 && difference !== 1)).toHaveLength(0);
    }
  });

  it('parses roman numerals with accidentals and extensions', () => {
    expect(parseRoman('bVII')).toMatchObject({ root: 10, quality: 'maj', flat: true });
    expect(parseRoman('vi')).toMatchObject({ root: 9, quality: 'min' });
    expect(parseRoman('V7')).toMatchObject({ root: 7, quality: 'dom7' });
    expect(parseRoman('iiø7')).toMatchObject({ root: 2, quality: 'halfDim7' });
    expect(parseRoman('Imaj7').quality).toBe('maj7');
    expect(chordPitchClasses(parseRoman('V7'))).toEqual([7, 11, 2, 5]);
    expect(() => parseRoman('X7')).toThrow(/roman numeral/);
  });

  it('bends the scale around chromatic chords: V in minor raises the 7th, bVII in major lowers it', () => {
    const minorDominant = chordScale('aeolian', parseRoman('V'));
    expect(minorDominant).toContain(11);
    expect(minorDominant).not.toContain(10);
    const majorSubtonic = chordScale('ionian', parseRoman('bVII'));
    expect(majorSubtonic).toContain(10);
    expect(majorSubtonic).not.toContain(11);
    expect(majorSubtonic).toHaveLength(7);
  });

  it('maps scale degrees to midi notes across octaves', () => {
    expect(degreeToMidi(0, MODES.ionian, 60)).toBe(60);
    expect(degreeToMidi(2, MODES.aeolian, 57)).toBe(60);
    expect(degreeToMidi(7, MODES.ionian, 60)).toBe(72);
    expect(degreeToMidi(-1, MODES.ionian, 60)).toBe(59);
  });

  it('voice-leads C major to A minor by keeping the two common tones', () => {
    const c = voiceChord([0, 4, 7], null, 52, 74);
    const am = voiceChord([9, 0, 4], c, 52, 74);
    expect(am.filter((note) => c.includes(note))).toHaveLength(2);
    expect(Math.max(...am) - Math.min(...am)).toBeLessThanOrEqual(12);
  });
});

describe('integrated loudness (BS.1770 K-weighting and gating)', () => {
  const sine = (hz: number, amplitude: number) => Float32Array.from({ length: 44100 * 3 }, (_, index) => amplitude * Math.sin((2 * Math.PI * hz * index) / 44100));

  it('reads a 0 dBFS 1 kHz sine as 0 LUFS in both channels and −3 LUFS in one', () => {
    const tone = sine(1000, 1);
    expect(integratedLoudness(tone, tone)).toBeCloseTo(0, 1);
    expect(integratedLoudness(tone, new Float32Array(tone.length))).toBeCloseTo(-3, 1);
  });

  it('discounts low frequencies and ignores silence', () => {
    const low = sine(100, 1);
    expect(integratedLoudness(low, low)).toBeCloseTo(-1.8, 0);
    const silence = new Float32Array(44100);
    expect(integratedLoudness(silence, silence)).toBe(-Infinity);
  });
});
