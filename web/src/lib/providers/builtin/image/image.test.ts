import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { makeThumbnail, renderImage } from './index';

/** Mean R, G, B over the picture, read back by an independent decoder (libvips). */
async function meanColour(png: Buffer): Promise<{ red: number; green: number; blue: number }> {
  const stats = await sharp(png).stats();
  const [red, green, blue] = stats.channels.map((channel) => channel.mean) as [number, number, number];
  return { red, green, blue };
}

async function meanColourOf(prompt: string) {
  const image = await renderImage({ prompt, width: 256, height: 256 });
  return meanColour(image.png);
}

/** Mean absolute difference per channel (0–255) between two pictures at 64×64. */
async function pixelDifference(a: Buffer, b: Buffer): Promise<number> {
  const small = (png: Buffer) => sharp(png).resize(64, 64, { fit: 'fill' }).removeAlpha().raw().toBuffer();
  const [left, right] = await Promise.all([small(a), small(b)]);
  let total = 0;
  for (let index = 0; index < left.length; index++) total += Math.abs((left[index] ?? 0) - (right[index] ?? 0));
  return total / left.length;
}

describe('renderImage', () => {
  it.each([
    [1024, 1024],
    [1536, 864],
    [64, 64],
    [640, 360],
    [200, 1536],
  ])('makes a PNG that decodes at %i×%i', async (width, height) => {
    const image = await renderImage({ prompt: 'mountains at sunset', width, height });
    const metadata = await sharp(image.png).metadata();
    expect(metadata.format).toBe('png');
    expect({ width: metadata.width, height: metadata.height }).toEqual({ width, height });
    expect({ width: image.width, height: image.height }).toEqual({ width, height });
  });

  it('gives identical bytes for the same prompt and seed', async () => {
    const request = { prompt: 'neon synthwave grid', width: 320, height: 200, seed: 7 };
    const [first, second] = await Promise.all([renderImage(request), renderImage(request)]);
    expect(first.png.equals(second.png)).toBe(true);
  });

  it('changes with the seed', async () => {
    const [first, second] = await Promise.all([
      renderImage({ prompt: 'scattered circles', width: 256, height: 256, seed: 1 }),
      renderImage({ prompt: 'scattered circles', width: 256, height: 256, seed: 2 }),
    ]);
    expect(await pixelDifference(first.png, second.png)).toBeGreaterThan(8);
  });

  it('paints visibly different pictures for different prompts', async () => {
    const pairs = [
      ['a quiet lake at dawn', 'bauhaus poster'],
      ['deep blue ocean', 'desert dunes'],
      ['a cat playing the piano', 'a dog reading a book'],
    ] as const;
    for (const [left, right] of pairs) {
      const [a, b] = await Promise.all([renderImage({ prompt: left, width: 256, height: 256 }), renderImage({ prompt: right, width: 256, height: 256 })]);
      expect(await pixelDifference(a.png, b.png), `${left} vs ${right}`).toBeGreaterThan(20);
    }
  });

  it('lets colour words steer the palette', async () => {
    const [ocean, sunset, forest] = await Promise.all([
      meanColourOf('deep blue ocean'),
      meanColourOf('red sunset'),
      meanColourOf('emerald green forest'),
    ]);
    expect(ocean.blue).toBeGreaterThan(ocean.red + 30);
    expect(sunset.red).toBeGreaterThan(sunset.blue + 30);
    expect(forest.green).toBeGreaterThan(forest.red);
    expect(forest.green).toBeGreaterThan(forest.blue);
  });

  it('makes a night scene darker than a pastel one', async () => {
    const [night, pastel] = await Promise.all([meanColourOf('starry night sky'), meanColourOf('pastel blobs')]);
    const brightness = (colour: { red: number; green: number; blue: number }) => (colour.red + colour.green + colour.blue) / 3;
    expect(brightness(night)).toBeLessThan(80);
    expect(brightness(pastel)).toBeGreaterThan(170);
  });

  it.each([
    [63, 100],
    [100, 1537],
    [100.5, 100],
  ])('refuses %s×%s', async (width, height) => {
    await expect(renderImage({ prompt: 'x', width, height })).rejects.toThrow(RangeError);
  });
});

describe('makeThumbnail', () => {
  it('shrinks the longer side to 640 and keeps the aspect ratio', async () => {
    const image = await renderImage({ prompt: 'ocean waves', width: 1536, height: 864 });
    const thumbnail = await makeThumbnail(image.png);
    const metadata = await sharp(thumbnail.webp).metadata();
    expect(metadata.format).toBe('webp');
    expect({ width: metadata.width, height: metadata.height }).toEqual({ width: 640, height: 360 });
    expect({ width: thumbnail.width, height: thumbnail.height }).toEqual({ width: 640, height: 360 });
  });

  it('honours a smaller maximum and never enlarges', async () => {
    const tall = await renderImage({ prompt: 'stripes', width: 300, height: 600 });
    const small = await renderImage({ prompt: 'stripes', width: 100, height: 80 });
    expect(await makeThumbnail(tall.png, 128)).toMatchObject({ width: 64, height: 128 });
    const unchanged = await makeThumbnail(small.png);
    expect({ width: unchanged.width, height: unchanged.height }).toEqual({ width: 100, height: 80 });
    expect((await sharp(unchanged.webp).metadata()).width).toBe(100);
  });
});
