/** Colour arithmetic for the palettes: sRGB triplets 0–255 and HSL 0–360 / 0–1 / 0–1. */
export type Rgb = readonly [number, number, number];
export type Hsl = { hue: number; saturation: number; lightness: number };

export function hexToRgb(hex: string): Rgb {
  const value = Number.parseInt(hex.replace('#', ''), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

export function rgbToHsl([red, green, blue]: Rgb): Hsl {
  const r = red / 255;
  const g = green / 255;
  const b = blue / 255;
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const lightness = (max + min) / 2;
  if (max === min) return { hue: 0, saturation: 0, lightness };
  const delta = max - min;
  const saturation = lightness > 0.5 ? delta / (2 - max - min) : delta / (max + min);
  let hue: number;
  if (max === r) hue = (g - b) / delta + (g < b ? 6 : 0);
  else if (max === g) hue = (b - r) / delta + 2;
  else hue = (r - g) / delta + 4;
  return { hue: hue * 60, saturation, lightness };
}

export function hslToRgb({ hue, saturation, lightness }: Hsl): Rgb {
  const h = (((hue % 360) + 360) % 360) / 360;
  const s = clamp01(saturation);
  const l = clamp01(lightness);
  if (s === 0) return [l * 255, l * 255, l * 255];
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  const channel = (t: number) => {
    const u = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
    if (u < 1 / 6) return p + (q - p) * 6 * u;
    if (u < 1 / 2) return q;
    if (u < 2 / 3) return p + (q - p) * (2 / 3 - u) * 6;
    return p;
  };
  return [channel(h + 1 / 3) * 255, channel(h) * 255, channel(h - 1 / 3) * 255];
}

export function clamp01(value: number): number {
  return value < 0 ? 0 : value > 1 ? 1 : value;
}

export function mix(a: Rgb, b: Rgb, amount: number): Rgb {
  return [a[0] + (b[0] - a[0]) * amount, a[1] + (b[1] - a[1]) * amount, a[2] + (b[2] - a[2]) * amount];
}

/** Lighten (positive) or darken (negative) in HSL lightness. */
export function shade(colour: Rgb, amount: number): Rgb {
  const hsl = rgbToHsl(colour);
  return hslToRgb({ ...hsl, lightness: clamp01(hsl.lightness + amount) });
}

/** Turns the hue toward `hue` by `amount` (0–1) along the shorter way round. */
export function tintTowards(colour: Rgb, hue: number, amount: number, minSaturation = 0): Rgb {
  const hsl = rgbToHsl(colour);
  const delta = ((hue - hsl.hue + 540) % 360) - 180;
  // A grey has no hue of its own: give it the new one outright.
  const weight = hsl.saturation < 0.08 ? 1 : amount;
  return hslToRgb({
    hue: hsl.hue + delta * weight,
    saturation: Math.max(hsl.saturation, minSaturation * amount),
    lightness: hsl.lightness,
  });
}

export function rotateHue(colour: Rgb, degrees: number): Rgb {
  const hsl = rgbToHsl(colour);
  return hslToRgb({ ...hsl, hue: hsl.hue + degrees });
}

export function css(colour: Rgb, alpha = 1): string {
  const [r, g, b] = colour.map((channel) => Math.round(Math.max(0, Math.min(255, channel))));
  return alpha >= 1 ? `rgb(${r},${g},${b})` : `rgba(${r},${g},${b},${alpha.toFixed(3)})`;
}
