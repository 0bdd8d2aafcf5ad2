/**
 * A minimal WebM (Matroska) writer for one VP8 video track whose frames are all known up
 * front. It writes what players need to show a duration and seek: Info with Duration,
 * a default frame duration, one Cluster per second, Cues, and a SeekHead.
 * @see https://www.matroska.org/technical/elements.html
 * @see https://www.webmproject.org/docs/container/
 */

type Element = Uint8Array;

const ID = {
  ebml: 0x1a45dfa3, ebmlVersion: 0x4286, ebmlReadVersion: 0x42f7, ebmlMaxIdLength: 0x42f2, ebmlMaxSizeLength: 0x42f3,
  docType: 0x4282, docTypeVersion: 0x4287, docTypeReadVersion: 0x4285,
  segment: 0x18538067, seekHead: 0x114d9b74, seek: 0x4dbb, seekId: 0x53ab, seekPosition: 0x53ac,
  info: 0x1549a966, timecodeScale: 0x2ad7b1, duration: 0x4489, muxingApp: 0x4d80, writingApp: 0x5741,
  tracks: 0x1654ae6b, trackEntry: 0xae, trackNumber: 0xd7, trackUid: 0x73c5, trackType: 0x83, flagLacing: 0x9c,
  codecId: 0x86, defaultDuration: 0x23e383, video: 0xe0, pixelWidth: 0xb0, pixelHeight: 0xba,
  cluster: 0x1f43b675, timecode: 0xe7, simpleBlock: 0xa3,
  cues: 0x1c53bb6b, cuePoint: 0xbb, cueTime: 0xb3, cueTrackPositions: 0xb7, cueTrack: 0xf7, cueClusterPosition: 0xf1,
} as const;

function idBytes(id: number): number[] {
  const bytes: number[] = [];
  for (let value = id; value > 0; value = Math.floor(value / 256)) bytes.unshift(value & 255);
  return bytes;
}

/** An EBML size: the shortest variable-length integer that holds it. */
function sizeBytes(size: number): number[] {
  for (let length = 1; length <= 8; length++) {
    if (size < 2 ** (7 * length) - 1) {
      const bytes = new Array<number>(length).fill(0);
      let value = size;
      for (let index = length - 1; index >= 0; index--) {
        bytes[index] = value % 256;
        value = Math.floor(value / 256);
      }
      bytes[0] = (bytes[0] ?? 0) | (0x80 >> (length - 1));
      return bytes;
    }
  }
  throw new RangeError(`EBML element too large: ${size} bytes`);
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const total = parts.reduce((sum, part) => sum + part.length, 0);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

function element(id: number, ...children: Uint8Array[]): Element {
  const body = concat(children);
  return concat([Uint8Array.from([...idBytes(id), ...sizeBytes(body.length)]), body]);
}

function uint(id: number, value: number, width?: number): Element {
  const bytes: number[] = [];
  for (let rest = value; rest > 0 || bytes.length === 0; rest = Math.floor(rest / 256)) bytes.unshift(rest % 256);
  while (width !== undefined && bytes.length < width) bytes.unshift(0);
  return element(id, Uint8Array.from(bytes));
}

function float(id: number, value: number): Element {
  const body = new Uint8Array(8);
  new DataView(body.buffer).setFloat64(0, value);
  return element(id, body);
}

function text(id: number, value: string): Element {
  return element(id, new TextEncoder().encode(value));
}

export type WebmVideo = {
  width: number;
  height: number;
  fps: number;
  /** Complete VP8 frames, each a keyframe (as a lossy WebP's VP8 chunk is). */
  frames: readonly Uint8Array[];
  app?: string;
};

/** Builds the whole file in memory: clips are at most a few megabytes. */
export function writeWebm({ width, height, fps, frames, app = 'MediaLab' }: WebmVideo): Buffer {
  const frameMs = (index: number) => Math.round((index * 1000) / fps);
  const durationMs = (frames.length * 1000) / fps;

  const info = element(ID.info, uint(ID.timecodeScale, 1_000_000), float(ID.duration, durationMs), text(ID.muxingApp, app), text(ID.writingApp, app));
  const tracks = element(
    ID.tracks,
    element(
      ID.trackEntry,
      uint(ID.trackNumber, 1),
      uint(ID.trackUid, 1),
      uint(ID.trackType, 1),
      uint(ID.flagLacing, 0),
      text(ID.codecId, 'V_VP8'),
      uint(ID.defaultDuration, Math.round(1e9 / fps)),
      element(ID.video, uint(ID.pixelWidth, width), uint(ID.pixelHeight, height)),
    ),
  );

  // One cluster a second: a cue for every second to seek to.
  const clusters: { time: number; bytes: Element }[] = [];
  const perCluster = Math.max(1, Math.round(fps));
  for (let start = 0; start < frames.length; start += perCluster) {
    const time = frameMs(start);
    const blocks = frames.slice(start, start + perCluster).map((frame, offset) => {
      const relative = frameMs(start + offset) - time;
      const header = Uint8Array.from([0x81, (relative >> 8) & 255, relative & 255, 0x80]);
      return element(ID.simpleBlock, header, frame);
    });
    clusters.push({ time, bytes: element(ID.cluster, uint(ID.timecode, time), ...blocks) });
  }

  // Positions are from the start of the Segment's data. Fixed 8-byte positions keep the
  // SeekHead the same size whatever they hold, so it can be measured before it is filled.
  const seekHead = (positions: { info: number; tracks: number; cues: number }) =>
    element(
      ID.seekHead,
      ...([
        [ID.info, positions.info],
        [ID.tracks, positions.tracks],
        [ID.cues, positions.cues],
      ] as const).map(([id, position]) => element(ID.seek, element(ID.seekId, Uint8Array.from(idBytes(id))), uint(ID.seekPosition, position, 8))),
    );
  const headLength = seekHead({ info: 0, tracks: 0, cues: 0 }).length;
  let position = headLength + info.length + tracks.length;
  const cuePoints = clusters.map((cluster) => {
    const point = element(ID.cuePoint, uint(ID.cueTime, cluster.time), element(ID.cueTrackPositions, uint(ID.cueTrack, 1), uint(ID.cueClusterPosition, position)));
    position += cluster.bytes.length;
    return point;
  });
  const cues = element(ID.cues, ...cuePoints);
  const head = seekHead({ info: headLength, tracks: headLength + info.length, cues: position });

  const ebml = element(
    ID.ebml,
    uint(ID.ebmlVersion, 1),
    uint(ID.ebmlReadVersion, 1),
    uint(ID.ebmlMaxIdLength, 4),
    uint(ID.ebmlMaxSizeLength, 8),
    text(ID.docType, 'webm'),
    uint(ID.docTypeVersion, 2),
    uint(ID.docTypeReadVersion, 2),
  );
  const segment = element(ID.segment, head, info, tracks, ...clusters.map((cluster) => cluster.bytes), cues);
  return Buffer.concat([ebml, segment]);
}
