import { describe, expect, it } from 'vitest';
import { describeScene } from './image-scene-spec';

describe('describeScene', () => {
  it('reads shapes from the prompt', () => {
    expect(describeScene('waves and circles').motifs).toEqual(expect.arrayContaining(['waves', 'circles']));
    expect(describeScene('pine trees on the hills').motifs).toEqual(expect.arrayContaining(['trees', 'mountains']));
    expect(describeScene('a bauhaus grid').motifs).toContain('grid');
    expect(describeScene('a sky full of stars').motifs).toContain('stars');
  });

  it('reads the composition from the prompt', () => {
    expect(describeScene('scattered bubbles').composition).toBe('scattered');
    expect(describeScene('diagonal stripes').composition).toBe('diagonal');
    expect(describeScene('a single centered orb').composition).toBe('centered');
    expect(describeScene('hills on the horizon').composition).toBe('horizon');
  });

  it('picks a theme, weather before place', () => {
    expect(describeScene('neon synthwave grid')).toMatchObject({ themeId: 'neon', style: 'landscape' });
    expect(describeScene('storm over the sea').themeId).toBe('storm');
    expect(describeScene('Starry NIGHT!').palette.night).toBe(true);
  });

  it('paints abstract art when asked, and landscapes for land words', () => {
    expect(describeScene('abstract mountains').style).toBe('abstract');
    expect(describeScene('pastel mountains').style).toBe('landscape');
    expect(describeScene('red circles').style).toBe('abstract');
  });

  it('is stable for a prompt and moves with the seed', () => {
    expect(describeScene('a cat playing the piano')).toEqual(describeScene('a cat playing the piano'));
    expect(describeScene('a cat playing the piano', 1).seed).not.toBe(describeScene('a cat playing the piano', 2).seed);
    expect(describeScene('  A cat, playing the piano ').seed).toBe(describeScene('a cat playing the piano').seed);
  });
});
