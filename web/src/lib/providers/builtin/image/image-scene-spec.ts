import { generatePalette, jitterPalette, readColourWords, steerPalette } from './image-palette';
import { createRandom, hashText } from './image-random';
import { THEMES, type Composition, type Motif, type Palette, type Theme } from './image-themes';

/** Everything the painters need to know about a picture, read from the prompt. */
export type SceneSpec = {
  seed: number;
  palette: Palette;
  style: 'landscape' | 'abstract';
  /** Drawn back to front in the order of `MOTIF_ORDER`. */
  motifs: Motif[];
  /** The motif the prompt named first (or the theme's first): it gets the foreground. */
  lead: Motif;
  composition: Composition;
  themeId: string | null;
  /** Where the sun, moon or main shape sits, as fractions of width and height. */
  focus: { x: number; y: number };
  /** The horizon as a fraction of the height. */
  horizon: number;
  /** Slope of ridges and bands (height per width) in diagonal pictures. */
  tilt: number;
  /** 0.6–2: how many shapes the scattered parts place. */
  density: number;
};

const MOTIF_WORDS: Record<Motif, readonly string[]> = {
  circles: ['circle', 'circles', 'bubble', 'bubbles', 'dot', 'dots', 'orb', 'orbs', 'sphere', 'spheres', 'ring', 'rings', 'planet', 'planets', 'bokeh', 'balloon', 'balloons', 'lantern', 'lanterns'],
  waves: ['wave', 'waves', 'wavy', 'water', 'ripple', 'ripples', 'flow', 'flowing', 'river', 'lake', 'sea', 'ocean', 'swirl', 'swirls'],
  mountains: ['mountain', 'mountains', 'hill', 'hills', 'peak', 'peaks', 'valley', 'range', 'ridge', 'ridges', 'cliff', 'cliffs', 'alps', 'volcano'],
  stripes: ['stripe', 'stripes', 'striped', 'line', 'lines', 'band', 'bands', 'streak', 'streaks', 'rays'],
  grid: ['grid', 'grids', 'tile', 'tiles', 'tiled', 'checker', 'checkered', 'geometric', 'bauhaus', 'square', 'squares', 'mosaic'],
  stars: ['star', 'stars', 'starry', 'constellation', 'constellations', 'sparkle', 'sparkles', 'galaxy', 'milky'],
  blobs: ['blob', 'blobs', 'organic', 'fluid', 'liquid', 'aurora', 'smoke', 'cloud', 'clouds', 'cloudy', 'gradient', 'mesh'],
  dunes: ['dune', 'dunes', 'sand', 'desert'],
  trees: ['tree', 'trees', 'forest', 'pine', 'pines', 'woods', 'jungle'],
};

const COMPOSITION_WORDS: Record<Composition, readonly string[]> = {
  centered: ['center', 'centre', 'centered', 'centred', 'central', 'symmetric', 'symmetrical', 'single', 'lone', 'solitary', 'portrait', 'focus', 'icon', 'emblem'],
  horizon: ['horizon', 'landscape', 'panorama', 'panoramic', 'vista', 'view', 'seascape', 'skyline', 'scenery'],
  diagonal: ['diagonal', 'slanted', 'tilted', 'dynamic', 'rising', 'slope', 'angled', 'falling', 'steep'],
  scattered: ['scattered', 'random', 'confetti', 'many', 'field', 'swarm', 'chaos', 'chaotic', 'sprinkled', 'everywhere', 'floating'],
};

const ABSTRACT_WORDS = ['abstract', 'pattern', 'geometric', 'minimal', 'minimalist', 'bauhaus', 'texture', 'wallpaper', 'background', 'shapes', 'modern', 'deco', 'poster'];
const LANDSCAPE_MOTIFS: readonly Motif[] = ['mountains', 'dunes', 'trees'];
const CENTREPIECES: readonly Motif[] = ['circles', 'grid', 'blobs'];
const GROUND_MOTIFS: readonly Motif[] = ['mountains', 'dunes', 'waves', 'grid'];
/** Back to front. */
export const MOTIF_ORDER: readonly Motif[] = ['blobs', 'stars', 'stripes', 'mountains', 'dunes', 'trees', 'waves', 'grid', 'circles'];

export function normalizePrompt(prompt: string): string {
  return prompt
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function hasPhrase(text: string, words: readonly string[], phrase: string): boolean {
  return phrase.includes(' ') ? ` ${text} `.includes(` ${phrase} `) : words.includes(phrase);
}

function findTheme(text: string, words: readonly string[]): Theme | null {
  return THEMES.find((theme) => theme.words.some((word) => hasPhrase(text, words, word))) ?? null;
}

function findMotifs(words: readonly string[]): Motif[] {
  const found: { motif: Motif; index: number }[] = [];
  for (const [motif, motifWords] of Object.entries(MOTIF_WORDS) as [Motif, readonly string[]][]) {
    const index = words.findIndex((word) => motifWords.includes(word));
    if (index >= 0) found.push({ motif, index });
  }
  return found.sort((a, b) => a.index - b.index).map(({ motif }) => motif);
}

function findComposition(words: readonly string[]): Composition | null {
  for (const [composition, compositionWords] of Object.entries(COMPOSITION_WORDS) as [Composition, readonly string[]][]) {
    if (words.some((word) => compositionWords.includes(word))) return composition;
  }
  return null;
}

/** Reads a prompt into a scene. Same prompt and seed, same scene. */
export function describeScene(prompt: string, seed?: number): SceneSpec {
  const text = normalizePrompt(prompt);
  const words = text.length > 0 ? text.split(' ') : [];
  const sceneSeed = hashText(`${text}|${seed ?? ''}`);
  const random = createRandom(sceneSeed);

  const theme = findTheme(text, words);
  const explicitMotifs = findMotifs(words).slice(0, 3);
  const explicitComposition = findComposition(words);
  const steer = readColourWords(words);

  const wantsAbstract = words.some((word) => ABSTRACT_WORDS.includes(word));
  let style: SceneSpec['style'];
  if (wantsAbstract) style = 'abstract';
  else if (explicitMotifs.some((motif) => LANDSCAPE_MOTIFS.includes(motif)) || explicitComposition === 'horizon') style = 'landscape';
  else if (theme) style = theme.style;
  else if (explicitMotifs.length > 0 && !explicitMotifs.includes('waves')) style = 'abstract';
  else style = random.chance(0.6) ? 'landscape' : 'abstract';

  const motifs = new Set<Motif>(explicitMotifs);
  // Circles, tiles and blobs each want the middle of the picture: a theme adds none of
  // them when the prompt already asked for one.
  const asked = explicitMotifs.some((motif) => CENTREPIECES.includes(motif));
  if (motifs.size < 2 && theme) {
    for (const motif of theme.motifs) if (motifs.size < 3 && !(asked && CENTREPIECES.includes(motif))) motifs.add(motif);
  }
  if (motifs.size === 0) {
    if (style === 'landscape') motifs.add(random.pick(['mountains', 'mountains', 'waves', 'dunes'] as const));
    else motifs.add(random.pick(['circles', 'stripes', 'grid', 'blobs', 'waves'] as const));
    if (random.chance(0.4)) motifs.add(random.pick(style === 'landscape' ? (['trees', 'stars', 'blobs'] as const) : (['circles', 'blobs', 'stars'] as const)));
  }
  if (style === 'landscape' && ![...motifs].some((motif) => GROUND_MOTIFS.includes(motif))) motifs.add('mountains');
  if (style === 'abstract') motifs.delete('trees');

  const paletteRandom = random.fork('palette');
  const wantsNight = motifs.has('stars') && !theme;
  let palette = theme
    ? jitterPalette(theme.palette, paletteRandom)
    : generatePalette(steer.hues[0] ?? paletteRandom.range(0, 360), paletteRandom, wantsNight);
  palette = steerPalette(palette, steer);
  if (palette.night && style === 'landscape' && !motifs.has('stars') && theme?.id !== 'fire') motifs.add('stars');

  const composition: Composition =
    explicitComposition ??
    theme?.composition ??
    (style === 'landscape'
      ? random.pick(['horizon', 'horizon', 'horizon', 'diagonal', 'centered'] as const)
      : random.pick(['centered', 'diagonal', 'scattered', 'horizon', 'scattered'] as const));

  const layout = random.fork('layout');
  const horizon = composition === 'centered' ? 0.66 : composition === 'horizon' ? layout.range(0.54, 0.64) : layout.range(0.58, 0.66);
  const focus =
    composition === 'centered'
      ? { x: 0.5, y: style === 'landscape' ? 0.42 : 0.5 }
      : composition === 'horizon'
        ? { x: layout.range(0.28, 0.72), y: horizon - layout.range(motifs.has('mountains') ? 0.22 : 0.12, motifs.has('mountains') ? 0.34 : 0.26) }
        : composition === 'diagonal'
          ? { x: layout.pick([0.3, 0.7]), y: layout.range(0.26, 0.34) }
          : { x: layout.range(0.25, 0.75), y: layout.range(0.22, 0.45) };
  const tiltAmount = layout.range(0.12, 0.22);
  const tilt = composition === 'diagonal' ? (focus.x < 0.5 ? -tiltAmount : tiltAmount) : layout.range(-0.02, 0.02);
  const density = layout.range(0.7, 1.3) * (composition === 'scattered' ? 1.5 : 1);

  return {
    seed: sceneSeed,
    palette,
    style,
    motifs: MOTIF_ORDER.filter((motif) => motifs.has(motif)),
    lead: [...motifs][0] ?? 'mountains',
    composition,
    themeId: theme?.id ?? null,
    focus,
    horizon,
    tilt,
    density,
  };
}
