/**
 * A lossy WebP is a RIFF file around one VP8 keyframe. Taking that keyframe out gives a
 * VP8 video frame: this is how the clip gets a real VP8 stream from a permissively
 * licensed encoder (libwebp, inside @napi-rs/canvas) with no video encoder at all.
 * @see https://developers.google.com/speed/webp/docs/riff_container
 */
export function vp8FrameFromWebp(webp: Uint8Array): Uint8Array {
  const view = new DataView(webp.buffer, webp.byteOffset, webp.byteLength);
  const fourCc = (offset: number) => String.fromCharCode(...webp.subarray(offset, offset + 4));
  if (webp.length < 20 || fourCc(0) !== 'RIFF' || fourCc(8) !== 'WEBP') throw new Error('Not a WebP file.');
  // Chunks follow the 12-byte header: 'VP8X' (extended header), 'ICCP', 'ALPH', 'VP8 '...
  let offset = 12;
  while (offset + 8 <= webp.length) {
    const id = fourCc(offset);
    const size = view.getUint32(offset + 4, true);
    if (id === 'VP8 ') return webp.subarray(offset + 8, offset + 8 + size);
    if (id === 'VP8L') throw new Error('The WebP is lossless (VP8L): it has no VP8 frame.');
    offset += 8 + size + (size & 1);
  }
  throw new Error('The WebP has no VP8 chunk.');
}
