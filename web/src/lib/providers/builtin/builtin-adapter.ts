import 'server-only';
import { PEAK_BUCKETS, peaksOf } from '@/lib/media/peaks';
import { ProviderError } from '../provider-error';
import { builtinProvider } from '../catalog/builtin';
import type { CallOptions, GenerateResult, ProviderAdapter } from '../provider';
import { makeThumbnail, renderImage } from './image';
import { composeAndRender, encodeWav16, waveformPeaks } from './music';
import { synthesizeSpeech } from './speech';
import { renderVideo } from './video';

/**
 * The built-in provider: every generator runs here, with no key and no network. It goes
 * through the same catalog, pricing (free) and job path as every paid provider.
 */

function checkAborted(signal: AbortSignal): void {
  if (signal.aborted) throw new ProviderError('canceled', 'The generation was cancelled.', { isRetryable: false });
}

async function generateImage({ prompt, parameters, abortSignal, onProgress }: CallOptions): Promise<GenerateResult> {
  const { width, height, seed } = parameters as { width: number; height: number; seed?: number };
  const image = await renderImage({ prompt, width, height, seed });
  onProgress(0.8);
  checkAborted(abortSignal);
  const thumbnail = await makeThumbnail(image.png);
  return {
    outputs: [
      {
        kind: 'image',
        data: image.png,
        mimeType: 'image/png',
        width: image.width,
        height: image.height,
        preview: { data: thumbnail.webp, mimeType: 'image/webp', width: thumbnail.width, height: thumbnail.height },
      },
    ],
    usage: { images: 1 },
  };
}

async function generateMusic({ prompt, parameters, abortSignal, onProgress }: CallOptions): Promise<GenerateResult> {
  const { genre, mood, durationSeconds, seed } = parameters as Parameters<typeof composeAndRender>[0];
  const track = composeAndRender({ prompt, genre, mood, durationSeconds, seed }, (fraction) => onProgress(fraction * 0.9));
  checkAborted(abortSignal);
  return {
    outputs: [
      {
        kind: 'audio',
        data: encodeWav16(track),
        mimeType: 'audio/wav',
        durationSeconds: track.left.length / track.sampleRate,
        peaks: waveformPeaks(track, PEAK_BUCKETS),
      },
    ],
    usage: { seconds: durationSeconds },
  };
}

async function generateSpeech({ prompt, parameters, onProgress }: CallOptions): Promise<GenerateResult> {
  const { voice, rate } = parameters as Parameters<typeof synthesizeSpeech>[0];
  const speech = await synthesizeSpeech({ text: prompt, voice, rate }, onProgress);
  return {
    outputs: [{ kind: 'audio', data: speech.wav, mimeType: 'audio/wav', durationSeconds: speech.durationSeconds, peaks: wavPeaks(speech.wav) }],
    usage: { characters: prompt.length, seconds: speech.durationSeconds },
  };
}

async function generateVideo({ prompt, parameters, onProgress }: CallOptions): Promise<GenerateResult> {
  const { durationSeconds, size, fps, seed } = parameters as { durationSeconds: number; size: string; fps: number; seed?: number };
  const [width, height] = size.split('x').map(Number) as [number, number];
  const video = await renderVideo({ prompt, durationSeconds, width, height, fps, seed }, onProgress);
  const poster = await makeThumbnail(video.poster);
  return {
    outputs: [
      {
        kind: 'video',
        data: video.data,
        mimeType: video.mimeType,
        width: video.width,
        height: video.height,
        durationSeconds: video.durationSeconds,
        preview: { data: poster.webp, mimeType: 'image/webp', width: poster.width, height: poster.height },
      },
    ],
    usage: { seconds: video.durationSeconds },
  };
}

/** Peaks of a 16-bit PCM WAV's first channel, for the waveform in the UI. */
function wavPeaks(wav: Buffer): number[] {
  const dataOffset = wav.indexOf('data') + 8;
  const channels = wav.readUInt16LE(22);
  const samples = new Int16Array(Math.floor((wav.length - dataOffset) / 2 / channels));
  for (let index = 0; index < samples.length; index += 1) samples[index] = wav.readInt16LE(dataOffset + index * 2 * channels);
  return peaksOf(samples, PEAK_BUCKETS);
}

export const builtinAdapter: ProviderAdapter = {
  info: builtinProvider,
  async doGenerate(options) {
    checkAborted(options.abortSignal);
    switch (options.model.type) {
      case 'image':
        return generateImage(options);
      case 'music':
        return generateMusic(options);
      case 'audio':
        return generateSpeech(options);
      case 'video':
        return generateVideo(options);
      case 'text':
        throw new ProviderError('model_not_found', 'The built-in provider has no text model: add an OpenAI-compatible server such as Ollama.', {
          isRetryable: false,
        });
      default: {
        const exhaustive: never = options.model.type;
        return exhaustive;
      }
    }
  },
};
