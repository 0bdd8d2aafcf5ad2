import { describe, expect, it } from 'vitest';
import { composePlan } from './music-composer';
import { GENRES } from './music-genres';
import { chordAt } from './music-harmony';
import type { MusicGenre, MusicMood, MusicRequest } from './music-plan';
import { MUSIC_GENRES, MUSIC_MOODS } from './music-plan';
import { isMinorMode } from './music-theory';
import { Timeline } from './music-timeline';

const request = (overrides: Partial<MusicRequest> = {}): MusicRequest => ({ prompt: 'a walk by the sea', genre: 'pop', mood: 'happy', durationSeconds: 30, ...overrides });

describe('composePlan — genre', () => {
  it.each(MUSIC_GENRES)('keeps %s inside its tempo range for every mood and length', (genre) => {
    const [low, high] = GENRES[genre].bpm;
    for (const mood of MUSIC_MOODS) {
      for (const durationSeconds of [15, 47.3, 120]) {
        const { timing } = composePlan(request({ genre, mood, durationSeconds }));
        expect(timing.bpm).toBeGreaterThanOrEqual(low);
        expect(timing.bpm).toBeLessThanOrEqual(high);
      }
    }
  });

  it('fits whole bars plus a short tail into exactly the requested duration', () => {
    for (const durationSeconds of [15, 29.5, 47, 120]) {
      const plan = composePlan(request({ durationSeconds, genre: 'folk', mood: 'romantic' }));
      const musicEnds = new Timeline(plan.timing).secondsAtStraight(plan.timing.totalBars * plan.timing.beatsPerBar);
      expect(plan.timing.sampleCount).toBe(Math.round(durationSeconds * 44100));
      expect(durationSeconds - musicEnds).toBeGreaterThanOrEqual(0.3);
      expect(durationSeconds - musicEnds).toBeLessThanOrEqual(4);
    }
  });

  it('builds an intro, a body and an ending that tile the bars', () => {
    for (const genre of MUSIC_GENRES) {
      const { sections, timing } = composePlan(request({ genre, durationSeconds: 90 }));
      expect(sections[0]!.name).toBe('Intro');
      expect(['Outro', 'Coda']).toContain(sections[sections.length - 1]!.name);
      expect(sections.length).toBeGreaterThanOrEqual(3);
      sections.forEach((section, index) => expect(section.startBar).toBe(index === 0 ? 0 : sections[index - 1]!.startBar + sections[index - 1]!.bars));
      expect(sections.reduce((sum, section) => sum + section.bars, 0)).toBe(timing.totalBars);
    }
  });

  it('gives electronic four-on-the-floor and sidechain, hip-hop a swung backbeat', () => {
    const house = composePlan(request({ genre: 'electronic', mood: 'energetic', durationSeconds: 60 }));
    const drop = house.sections.find((section) => section.name.startsWith('Drop'))!;
    const kicks = house.drums.filter((hit) => hit.drum === 'kick' && hit.beat >= drop.startBar * 4 && hit.beat < (drop.startBar + drop.bars) * 4);
    expect(kicks).toHaveLength(drop.bars * 4);
    expect(house.mix.sidechainDepth).toBeGreaterThan(0.5);

    const boomBap = composePlan(request({ genre: 'hip-hop', mood: 'dark', durationSeconds: 60 }));
    expect(boomBap.timing.swing).toBeGreaterThanOrEqual(0.54);
    expect(boomBap.drums.some((hit) => hit.drum === 'snare' && hit.beat % 4 === 1)).toBe(true);
    expect(boomBap.parts.find((part) => part.role === 'bass')!.instrument).toBe('bass808');
  });
});

describe('composePlan — mood', () => {
  it.each(MUSIC_GENRES)('makes happy %s major and sad minor', (genre) => {
    for (const prompt of ['sunrise', 'rain on the window', 'the last train']) {
      expect(isMinorMode(composePlan(request({ genre, prompt, mood: 'happy' })).mode)).toBe(false);
      expect(isMinorMode(composePlan(request({ genre, prompt, mood: 'sad' })).mode)).toBe(true);
    }
  });

  it('plays sad slower, softer and darker than energetic', () => {
    const genre: MusicGenre = 'rock';
    const sad = composePlan(request({ genre, mood: 'sad' }));
    const energetic = composePlan(request({ genre, mood: 'energetic' }));
    const meanVelocity = (plan: typeof sad) => plan.parts.flatMap((part) => part.notes).reduce((sum, note, _, all) => sum + note.velocity / all.length, 0);
    expect(sad.timing.bpm).toBeLessThan(energetic.timing.bpm);
    expect(meanVelocity(sad)).toBeLessThan(meanVelocity(energetic));
    expect(sad.mix.brightness).toBeLessThan(energetic.mix.brightness);
  });
});

describe('composePlan — melody and harmony', () => {
  it.each([['pop', 'happy'], ['jazz', 'romantic'], ['folk', 'sad'], ['cinematic', 'epic']] as [MusicGenre, MusicMood][])(
    'puts every on-beat %s/%s melody note on a tone of the sounding chord',
    (genre, mood) => {
      const plan = composePlan(request({ genre, mood, durationSeconds: 60 }));
      const lead = plan.parts.find((part) => part.role === 'lead')!;
      const onBeat = lead.notes.filter((note) => Math.abs(note.beat - Math.round(note.beat)) < 1e-6);
      expect(onBeat.length).toBeGreaterThan(8);
      for (const note of onBeat) {
        const slot = chordAt(plan.chords, note.beat);
        expect(slot.tones).toContain((((note.midi - plan.tonicPitchClass) % 12) + 12) % 12);
      }
    },
  );

  it('repeats the chorus tune when the chorus comes back', () => {
    const plan = composePlan(request({ genre: 'pop', durationSeconds: 90 }));
    const choruses = plan.sections.filter((section) => section.theme === 'B');
    expect(choruses.length).toBeGreaterThanOrEqual(2);
    const lead = plan.parts.find((part) => part.role === 'lead')!;
    const tune = (startBar: number) => lead.notes.filter((note) => note.beat >= startBar * 4 && note.beat < startBar * 4 + 16).map((note) => [note.beat - startBar * 4, note.midi]);
    expect(tune(choruses[1]!.startBar)).toEqual(tune(choruses[0]!.startBar));
  });

  it('ends on the tonic chord', () => {
    for (const genre of MUSIC_GENRES) {
      const { chords } = composePlan(request({ genre }));
      expect(chords[chords.length - 1]!.chord.root).toBe(0);
    }
  });
});

describe('composePlan — prompt', () => {
  it('is deterministic for the same request and varies the melody with the prompt', () => {
    expect(composePlan(request())).toEqual(composePlan(request()));
    const melody = (prompt: string) => composePlan(request({ prompt })).parts.find((part) => part.role === 'lead')!.notes.map((note) => note.midi);
    expect(melody('a walk by the sea')).not.toEqual(melody('a walk by the lake'));
  });

  it('reads tempo, instrument and drum words', () => {
    const slow = composePlan(request({ prompt: 'slow piano at night', genre: 'lo-fi' }));
    const fast = composePlan(request({ prompt: 'fast piano at night', genre: 'lo-fi' }));
    expect(slow.timing.bpm).toBeLessThan(fast.timing.bpm);
    expect(slow.parts.find((part) => part.role === 'chords')!.instrument).toBe('piano');
    expect(composePlan(request({ prompt: 'no drums, just guitar', genre: 'rock' })).drums.filter((hit) => hit.drum !== 'riser')).toHaveLength(0);
    expect(composePlan(request({ prompt: 'ambient drums', genre: 'ambient' })).drums.length).toBeGreaterThan(0);
    expect(composePlan(request({ prompt: 'a waltz', genre: 'folk' })).timing.beatsPerBar).toBe(3);
  });
});
