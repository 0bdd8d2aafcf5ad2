import { hexToRgb, type Rgb } from './image-colour';

export const MOTIFS = ['circles', 'waves', 'mountains', 'stripes', 'grid', 'stars', 'blobs', 'dunes', 'trees'] as const;
export type Motif = (typeof MOTIFS)[number];

export const COMPOSITIONS = ['centered', 'horizon', 'diagonal', 'scattered'] as const;
export type Composition = (typeof COMPOSITIONS)[number];

export type Palette = {
  /** Zenith, middle and horizon of the sky (or of the backdrop in abstract pictures). */
  sky: readonly [Rgb, Rgb, Rgb];
  /** The sun or moon disc. */
  light: Rgb;
  /** The halo round the light. */
  glow: Rgb;
  /** Air at the horizon: far layers fade into it. */
  haze: Rgb;
  /** Land or sea layers, far to near. */
  ground: readonly [Rgb, Rgb, Rgb, Rgb];
  accents: readonly [Rgb, Rgb, Rgb];
  /** Dark sky: stars show and the light is a moon. */
  night: boolean;
};

export type Theme = {
  id: string;
  words: readonly string[];
  palette: Palette;
  motifs: readonly Motif[];
  style: 'landscape' | 'abstract';
  composition?: Composition;
};

function palette(
  sky: [string, string, string],
  light: string,
  glow: string,
  haze: string,
  ground: [string, string, string, string],
  accents: [string, string, string],
  night = false,
): Palette {
  const [zenith, middle, horizon] = sky.map(hexToRgb) as [Rgb, Rgb, Rgb];
  const [far, farMiddle, nearMiddle, near] = ground.map(hexToRgb) as [Rgb, Rgb, Rgb, Rgb];
  const [first, second, third] = accents.map(hexToRgb) as [Rgb, Rgb, Rgb];
  return {
    sky: [zenith, middle, horizon],
    light: hexToRgb(light),
    glow: hexToRgb(glow),
    haze: hexToRgb(haze),
    ground: [far, farMiddle, nearMiddle, near],
    accents: [first, second, third],
    night,
  };
}

/**
 * Checked in order: the first theme with a word in the prompt sets the palette. Light and
 * weather (sunset, storm) come before places (ocean, forest), so "storm over the sea" is a storm.
 */
export const THEMES: readonly Theme[] = [
  {
    id: 'neon',
    words: ['neon', 'synthwave', 'cyberpunk', 'cyber', 'retro', 'vaporwave', 'outrun', 'arcade', 'electric'],
    palette: palette(['#0b0320', '#2a0a4a', '#ff3d81'], '#ffd23f', '#ff2a6d', '#ff5fa2', ['#3a0f5c', '#26093f', '#17052a', '#0c0218'], ['#ff2a6d', '#05d9e8', '#f9c80e'], true),
    motifs: ['grid', 'mountains'],
    style: 'landscape',
    composition: 'horizon',
  },
  {
    id: 'sunset',
    words: ['sunset', 'sunrise', 'dusk', 'dawn', 'evening', 'twilight', 'golden hour', 'afterglow'],
    palette: palette(['#2b1b54', '#c2436b', '#ffb36b'], '#fff1c1', '#ff9f6b', '#ff9a7a', ['#a8497a', '#7a2f63', '#4a1d4d', '#24102e'], ['#ffd27f', '#ff7b6b', '#8b5fbf']),
    motifs: ['mountains'],
    style: 'landscape',
    composition: 'horizon',
  },
  {
    id: 'space',
    words: ['space', 'galaxy', 'cosmos', 'cosmic', 'nebula', 'universe', 'planet', 'astronaut', 'orbit'],
    palette: palette(['#03020c', '#140c35', '#3b1f6e'], '#ffd9a8', '#b784ff', '#5b3aa0', ['#2a1d5c', '#1c1442', '#110c2b', '#080517'], ['#ff6bd6', '#6bc7ff', '#ffe08a'], true),
    motifs: ['stars', 'circles'],
    style: 'abstract',
    composition: 'centered',
  },
  {
    id: 'night',
    words: ['night', 'midnight', 'moon', 'moonlight', 'moonlit', 'starry', 'nocturne'],
    palette: palette(['#050816', '#111d45', '#2c3f7a'], '#f6f1dc', '#9fb4ff', '#3a4c80', ['#2a3763', '#1c274b', '#121a35', '#080d1c'], ['#ffe9a8', '#9db4ff', '#c9a7ff'], true),
    motifs: ['stars', 'mountains'],
    style: 'landscape',
    composition: 'horizon',
  },
  {
    id: 'storm',
    words: ['storm', 'stormy', 'rain', 'rainy', 'fog', 'foggy', 'mist', 'misty', 'cloudy', 'overcast', 'gloomy'],
    palette: palette(['#3b4550', '#7d8a96', '#cfd6dc'], '#f5f7f8', '#dfe5ea', '#d6dde2', ['#98a4ae', '#74818d', '#515e6a', '#2f3a45'], ['#e0e6ea', '#9fb1c1', '#6d7f8f']),
    motifs: ['mountains', 'blobs'],
    style: 'landscape',
    composition: 'horizon',
  },
  {
    id: 'fire',
    words: ['fire', 'lava', 'volcano', 'volcanic', 'inferno', 'flame', 'flames', 'ember', 'embers', 'burning'],
    palette: palette(['#140202', '#5c0d05', '#ff5a1f'], '#ffe08a', '#ff7a1a', '#ff6a2a', ['#6e1405', '#430b02', '#250501', '#100200'], ['#ff8c00', '#ffd000', '#ff3d00'], true),
    motifs: ['mountains', 'circles'],
    style: 'landscape',
    composition: 'horizon',
  },
  {
    id: 'winter',
    words: ['winter', 'snow', 'snowy', 'ice', 'icy', 'frost', 'frozen', 'arctic', 'glacier', 'alpine'],
    palette: palette(['#4f7fb3', '#a9c8e6', '#eef4fa'], '#ffffff', '#e9f2ff', '#e4eef8', ['#8fa8c4', '#6d87a6', '#4c6685', '#2c415b'], ['#ffffff', '#9fd3f0', '#c7b8e8']),
    motifs: ['mountains'],
    style: 'landscape',
    composition: 'horizon',
  },
  {
    id: 'autumn',
    words: ['autumn', 'fall', 'harvest', 'october', 'maple', 'leaves', 'cozy'],
    palette: palette(['#e9a25f', '#f4c98e', '#fbe6c2'], '#fff6dd', '#ffd79a', '#f8dcb0', ['#c8664a', '#a2453a', '#6e2c2c', '#3b1a1a'], ['#f4a259', '#e76f51', '#8cb369']),
    motifs: ['mountains', 'trees'],
    style: 'landscape',
    composition: 'horizon',
  },
  {
    id: 'pastel',
    words: ['pastel', 'soft', 'dreamy', 'dream', 'candy', 'cotton', 'gentle', 'kawaii', 'spring', 'blossom', 'sakura', 'cherry'],
    palette: palette(['#f6cfe0', '#fbe2e9', '#fff3e6'], '#fffdf8', '#ffe8f0', '#fff7f2', ['#d9c2e6', '#bcd9f7', '#a9cdf2', '#f7b3cc'], ['#b8f2e6', '#ffc8dd', '#cdb4db']),
    motifs: ['blobs', 'circles'],
    style: 'abstract',
  },
  {
    id: 'gold',
    words: ['gold', 'golden', 'luxury', 'royal', 'brass', 'amber'],
    palette: palette(['#2c1f08', '#7a5a1c', '#f3d58a'], '#fff4cf', '#ffd97a', '#f0d28e', ['#b8862f', '#8e6420', '#5e4114', '#2f200a'], ['#ffe29a', '#d4a237', '#fff6da']),
    motifs: ['circles', 'stripes'],
    style: 'abstract',
    composition: 'centered',
  },
  {
    id: 'monochrome',
    words: ['monochrome', 'noir', 'grayscale', 'greyscale', 'black and white', 'ink', 'charcoal'],
    palette: palette(['#111111', '#4a4a4a', '#d8d8d8'], '#f4f4f4', '#bbbbbb', '#cfcfcf', ['#8a8a8a', '#666666', '#3f3f3f', '#1c1c1c'], ['#eeeeee', '#9a9a9a', '#2a2a2a']),
    motifs: ['stripes', 'circles'],
    style: 'abstract',
  },
  {
    id: 'tropical',
    words: ['tropical', 'summer', 'island', 'paradise', 'palm', 'sunny'],
    palette: palette(['#1f9ed1', '#7fd3e8', '#fff2c9'], '#fffbe3', '#ffe39a', '#e8f8f6', ['#22b3a6', '#14918b', '#0c6e6c', '#064b4b'], ['#ff8c61', '#ffd166', '#06d6a0']),
    motifs: ['waves'],
    style: 'landscape',
    composition: 'horizon',
  },
  {
    id: 'ocean',
    words: ['ocean', 'sea', 'seascape', 'beach', 'coast', 'shore', 'marine', 'tide', 'surf', 'lagoon', 'underwater'],
    palette: palette(['#0b3a6e', '#3f8ec4', '#bfe6f5'], '#fffbe6', '#ffe7a8', '#d4eef8', ['#2f86bd', '#1e659c', '#13497a', '#0a2c52'], ['#5ad1d6', '#f4fbff', '#1aa3b8']),
    motifs: ['waves'],
    style: 'landscape',
    composition: 'horizon',
  },
  {
    id: 'forest',
    words: ['forest', 'woods', 'woodland', 'jungle', 'pine', 'pines', 'trees', 'tree', 'grove', 'moss', 'meadow'],
    palette: palette(['#3d6466', '#9fbfae', '#e3ead0'], '#fff8dc', '#f7f0c6', '#e6efd9', ['#87a88a', '#5b8064', '#335a45', '#16321f'], ['#a7c957', '#f2e8cf', '#6a994e']),
    motifs: ['mountains', 'trees'],
    style: 'landscape',
    composition: 'horizon',
  },
  {
    id: 'desert',
    words: ['desert', 'dune', 'dunes', 'sand', 'sahara', 'canyon', 'mesa', 'arid'],
    palette: palette(['#3f86c4', '#9cc9e2', '#f8dcae'], '#fffbe0', '#ffe3a0', '#f6d9a8', ['#e8ac62', '#d98c45', '#bd6a30', '#8a4a22'], ['#e76f51', '#f4a261', '#2a9d8f']),
    motifs: ['dunes'],
    style: 'landscape',
    composition: 'horizon',
  },
];
