import { clamp01, hslToRgb, rgbToHsl, rotateHue, tintTowards, type Rgb } from './image-colour';
import type { Random } from './image-random';
import type { Palette } from './image-themes';

type ColourWord = { hue?: number; saturation?: number; lightness?: number };

/** Colour words and the hue (degrees) they pull the palette toward. */
const COLOUR_WORDS: Record<string, ColourWord> = {
  red: { hue: 0 }, crimson: { hue: 350 }, scarlet: { hue: 6 }, ruby: { hue: 345 }, maroon: { hue: 345, lightness: -0.12 },
  orange: { hue: 26 }, coral: { hue: 10 }, peach: { hue: 24, lightness: 0.12 }, amber: { hue: 40 },
  yellow: { hue: 52 }, lemon: { hue: 56 }, lime: { hue: 85 }, green: { hue: 125 }, emerald: { hue: 145 },
  jade: { hue: 152 }, mint: { hue: 155, lightness: 0.12 }, olive: { hue: 70, saturation: 0.35 }, sage: { hue: 100, saturation: 0.25 },
  teal: { hue: 178 }, turquoise: { hue: 172 }, cyan: { hue: 187 }, aqua: { hue: 185 }, azure: { hue: 205 },
  blue: { hue: 220 }, cobalt: { hue: 218 }, sapphire: { hue: 222 }, navy: { hue: 228, lightness: -0.12 },
  indigo: { hue: 250 }, violet: { hue: 270 }, purple: { hue: 282 }, lavender: { hue: 268, lightness: 0.12 },
  lilac: { hue: 285, lightness: 0.08 }, plum: { hue: 300, lightness: -0.06 }, magenta: { hue: 310 }, fuchsia: { hue: 318 },
  pink: { hue: 335, lightness: 0.06 }, rose: { hue: 345 }, brown: { hue: 25, saturation: 0.35, lightness: -0.1 },
  grey: { saturation: 0.08 }, gray: { saturation: 0.08 }, silver: { saturation: 0.06, lightness: 0.08 },
  white: { lightness: 0.15 }, black: { lightness: -0.2 },
};

const MODIFIERS: Record<string, { saturation?: number; lightness?: number }> = {
  deep: { lightness: -0.08, saturation: 1.15 }, dark: { lightness: -0.12 }, light: { lightness: 0.1 },
  pale: { lightness: 0.12, saturation: 0.7 }, bright: { lightness: 0.05, saturation: 1.25 },
  vivid: { saturation: 1.35 }, vibrant: { saturation: 1.35 }, saturated: { saturation: 1.4 },
  muted: { saturation: 0.55 }, dusty: { saturation: 0.55 }, faded: { saturation: 0.5, lightness: 0.05 },
  vintage: { saturation: 0.6 }, moody: { lightness: -0.08, saturation: 0.8 },
};

/** Maps every colour of the palette; `role` says which part it plays. */
function mapPalette(palette: Palette, map: (colour: Rgb, role: 'base' | 'accent' | 'light') => Rgb): Palette {
  const base = (colour: Rgb) => map(colour, 'base');
  const [sky0, sky1, sky2] = palette.sky;
  const [g0, g1, g2, g3] = palette.ground;
  const [a0, a1, a2] = palette.accents;
  return {
    sky: [base(sky0), base(sky1), base(sky2)],
    light: map(palette.light, 'light'),
    glow: map(palette.glow, 'light'),
    haze: base(palette.haze),
    ground: [base(g0), base(g1), base(g2), base(g3)],
    accents: [map(a0, 'accent'), map(a1, 'accent'), map(a2, 'accent')],
    night: palette.night,
  };
}

/** A palette of its own from a base hue, for prompts that name no theme. */
export function generatePalette(baseHue: number, random: Random, forceNight = false): Palette {
  const night = forceNight || random.chance(0.25);
  const spread = random.pick([18, 28, 40]);
  const complement = baseHue + random.pick([150, 180, 210]);
  const hsl = (hue: number, saturation: number, lightness: number) => hslToRgb({ hue, saturation, lightness });
  const lift = night ? -0.28 : 0;
  return {
    sky: [hsl(baseHue + spread, 0.55, 0.2 + lift * 0.4), hsl(baseHue, 0.6, 0.5 + lift), hsl(baseHue - spread, 0.75, 0.8 + lift * 0.8)],
    light: hsl(baseHue - spread * 1.5, 0.9, 0.93),
    glow: hsl(baseHue - spread, 0.85, 0.74 + lift * 0.5),
    haze: hsl(baseHue - spread * 0.5, 0.55, 0.78 + lift),
    ground: [
      hsl(baseHue + spread * 0.5, 0.38, 0.62 + lift),
      hsl(baseHue + spread, 0.42, 0.46 + lift * 0.8),
      hsl(baseHue + spread * 1.5, 0.48, 0.3 + lift * 0.5),
      hsl(baseHue + spread * 2, 0.5, 0.15 + lift * 0.3),
    ],
    accents: [hsl(complement, 0.72, 0.62), hsl(complement + spread, 0.65, 0.72), hsl(baseHue - spread * 2, 0.8, 0.6)],
    night,
  };
}

/** Small hue and lightness shifts so two prompts on one theme still differ. */
export function jitterPalette(palette: Palette, random: Random): Palette {
  const hueShift = random.range(-10, 10);
  const lightShift = random.range(-0.04, 0.04);
  return mapPalette(palette, (colour) => {
    const hsl = rgbToHsl(rotateHue(colour, hueShift));
    return hslToRgb({ ...hsl, lightness: clamp01(hsl.lightness + lightShift) });
  });
}

export type ColourSteer = { hues: number[]; saturation: number; lightness: number };

/** Reads colour words and modifiers ("deep", "muted") from the prompt's words. */
export function readColourWords(words: readonly string[]): ColourSteer {
  const steer: ColourSteer = { hues: [], saturation: 1, lightness: 0 };
  for (const word of words) {
    const colour = COLOUR_WORDS[word];
    if (colour) {
      if (colour.hue !== undefined && !steer.hues.includes(colour.hue)) steer.hues.push(colour.hue);
      if (colour.saturation !== undefined) steer.saturation *= colour.saturation / 0.6;
      steer.lightness += colour.lightness ?? 0;
    }
    const modifier = MODIFIERS[word];
    if (modifier) {
      steer.saturation *= modifier.saturation ?? 1;
      steer.lightness += modifier.lightness ?? 0;
    }
  }
  steer.lightness = Math.max(-0.25, Math.min(0.25, steer.lightness));
  return steer;
}

/** Pulls the palette toward the named colours: the first rules the scene, the others the accents. */
export function steerPalette(palette: Palette, steer: ColourSteer): Palette {
  const [primary, secondary, tertiary] = steer.hues;
  const tinted = mapPalette(palette, (colour, role) => {
    let result = colour;
    if (primary !== undefined) {
      if (role === 'base') result = tintTowards(result, primary, 0.78, 0.45);
      else if (role === 'accent') result = tintTowards(result, secondary ?? primary + 35, secondary === undefined ? 0.5 : 0.8, 0.5);
      // The sun keeps its warmth unless a second colour is named for it.
      else if (secondary !== undefined) result = tintTowards(result, secondary, 0.35, 0.3);
    }
    const hsl = rgbToHsl(result);
    return hslToRgb({
      ...hsl,
      saturation: clamp01(hsl.saturation * steer.saturation),
      lightness: clamp01(hsl.lightness + steer.lightness * (role === 'light' ? 0.3 : 1)),
    });
  });
  if (tertiary === undefined) return tinted;
  const [a0, a1] = tinted.accents;
  return { ...tinted, accents: [a0, a1, tintTowards(tinted.accents[2], tertiary, 0.9, 0.5)] };
}
