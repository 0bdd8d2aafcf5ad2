import 'server-only';
import sharp from 'sharp';
import type { GeneratedOutput } from '@/lib/providers/provider';
import { decodeMonoPcm, extractPosterFrame, hasFfmpeg, PEAK_SAMPLE_RATE } from './ffmpeg';
import { EXTENSION_BY_MIME } from './mime';
import { PEAK_BUCKETS, peaksOf } from './peaks';
import { PREVIEW_SIZE } from './preview-size';


/**
 * A provider's video gets a poster frame (WebP, from about a second in) when ffmpeg is
 * here; otherwise it is stored without one. A failure to read it never fails the generation.
 */
async function finishVideo(output: GeneratedOutput): Promise<GeneratedOutput> {
  if (output.preview || !(await hasFfmpeg())) return output;
  try {
    const frame = await extractPosterFrame(output.data, EXTENSION_BY_MIME[output.mimeType] ?? 'mp4', Math.min(1, (output.durationSeconds ?? 2) / 2));
    const poster = await sharp(frame).webp({ quality: 80 }).toBuffer({ resolveWithObject: true });
    const size = await sharp(frame).metadata();
    return {
      ...output,
      width: output.width ?? size.width,
      height: output.height ?? size.height,
      preview: { data: poster.data, mimeType: 'image/webp', width: poster.info.width, height: poster.info.height },
    };
  } catch {
    return output;
  }
}

/** Compressed audio from a provider gets waveform peaks (and its duration) when ffmpeg is here. */
async function finishAudio(output: GeneratedOutput): Promise<GeneratedOutput> {
  if ((output.peaks && output.durationSeconds !== undefined) || !(await hasFfmpeg())) return output;
  try {
    const samples = await decodeMonoPcm(output.data, EXTENSION_BY_MIME[output.mimeType] ?? 'mp3');
    if (samples.length === 0) return output;
    return {
      ...output,
      peaks: output.peaks ?? peaksOf(samples, PEAK_BUCKETS),
      durationSeconds: output.durationSeconds ?? samples.length / PEAK_SAMPLE_RATE,
    };
  } catch {
    return output;
  }
}

/**
 * Fills in what a provider left out of an output before it is stored: an image's size
 * and its thumbnail (WebP, at most PREVIEW_SIZE px on the long side), made with sharp. Outputs
 * that already carry them are returned unchanged.
 */
export async function finishOutput(output: GeneratedOutput): Promise<GeneratedOutput> {
  if (output.kind === 'video') return finishVideo(output);
  if (output.kind === 'audio') return finishAudio(output);
  if (output.preview && output.width && output.height) return output;
  const image = sharp(output.data, { failOn: 'error' });
  const metadata = await image.metadata();
  const width = output.width ?? metadata.width;
  const height = output.height ?? metadata.height;
  if (output.preview) return { ...output, width, height };
  const thumbnail = await image
    .rotate()
    .resize({ width: PREVIEW_SIZE, height: PREVIEW_SIZE, fit: 'inside', withoutEnlargement: true })
    .webp({ quality: 80 })
    .toBuffer({ resolveWithObject: true });
  return {
    ...output,
    width,
    height,
    preview: { data: thumbnail.data, mimeType: 'image/webp', width: thumbnail.info.width, height: thumbnail.info.height },
  };
}
