/**
 * 16-bit PCM WAV in and out. Flite writes canonical RIFF files; reading walks the chunks
 * rather than assuming a 44-byte header, so an extra chunk (LIST, fact) does no harm.
 */

/** Mono audio as floats in [-1, 1]. */
export type PcmAudio = { samples: Float32Array; sampleRate: number };

const PCM_FORMAT = 1;
const HEADER_BYTES = 44;

function chunkId(bytes: Buffer, offset: number): string {
  return bytes.toString('ascii', offset, offset + 4);
}

/** Decodes a mono or multi-channel 16-bit PCM WAV to mono floats (channels averaged). */
export function decodePcm16Wav(wav: Uint8Array): PcmAudio {
  const bytes = Buffer.from(wav.buffer, wav.byteOffset, wav.byteLength);
  if (bytes.length < 12 || chunkId(bytes, 0) !== 'RIFF' || chunkId(bytes, 8) !== 'WAVE') {
    throw new Error('Not a RIFF/WAVE file.');
  }
  let format: { channels: number; sampleRate: number; bitsPerSample: number; audioFormat: number } | undefined;
  let offset = 12;
  while (offset + 8 <= bytes.length) {
    const id = chunkId(bytes, offset);
    const size = bytes.readUInt32LE(offset + 4);
    const body = offset + 8;
    if (id === 'fmt ') {
      format = {
        audioFormat: bytes.readUInt16LE(body),
        channels: bytes.readUInt16LE(body + 2),
        sampleRate: bytes.readUInt32LE(body + 4),
        bitsPerSample: bytes.readUInt16LE(body + 14),
      };
    } else if (id === 'data') {
      if (!format || format.audioFormat !== PCM_FORMAT || format.bitsPerSample !== 16) {
        throw new Error('Only 16-bit PCM WAV is supported.');
      }
      // Flite may leave the data size at 0 or past the end when it streams; trust the file length.
      const end = Math.min(bytes.length, size > 0 ? body + size : bytes.length);
      const frames = Math.floor((end - body) / (2 * format.channels));
      const samples = new Float32Array(frames);
      for (let frame = 0; frame < frames; frame += 1) {
        let sum = 0;
        for (let channel = 0; channel < format.channels; channel += 1) {
          sum += bytes.readInt16LE(body + (frame * format.channels + channel) * 2);
        }
        samples[frame] = sum / format.channels / 32768;
      }
      return { samples, sampleRate: format.sampleRate };
    }
    offset = body + size + (size % 2);
  }
  throw new Error('The WAV file has no data chunk.');
}

/** Encodes mono floats as a 16-bit PCM WAV; values beyond [-1, 1] are clamped. */
export function encodePcm16Wav({ samples, sampleRate }: PcmAudio): Buffer {
  const dataBytes = samples.length * 2;
  const wav = Buffer.alloc(HEADER_BYTES + dataBytes);
  wav.write('RIFF', 0, 'ascii');
  wav.writeUInt32LE(36 + dataBytes, 4);
  wav.write('WAVE', 8, 'ascii');
  wav.write('fmt ', 12, 'ascii');
  wav.writeUInt32LE(16, 16);
  wav.writeUInt16LE(PCM_FORMAT, 20);
  wav.writeUInt16LE(1, 22);
  wav.writeUInt32LE(sampleRate, 24);
  wav.writeUInt32LE(sampleRate * 2, 28);
  wav.writeUInt16LE(2, 32);
  wav.writeUInt16LE(16, 34);
  wav.write('data', 36, 'ascii');
  wav.writeUInt32LE(dataBytes, 40);
  for (let index = 0; index < samples.length; index += 1) {
    const value = Math.max(-1, Math.min(1, samples[index] ?? 0));
    wav.writeInt16LE(Math.round(value * 32767), HEADER_BYTES + index * 2);
  }
  return wav;
}
