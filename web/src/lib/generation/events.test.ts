import { describe, expect, it } from 'vitest';
import type { Generation } from '@/lib/schemas/generation';
import { generationEvents } from './events';

const running = { id: 'g1', status: 'running', progress: 0.5, error: null, outputText: null } as unknown as Generation;
const succeeded = { ...running, status: 'succeeded', progress: 1 } as Generation;

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  let text = '';
  const decoder = new TextDecoder();
  const reader = stream.getReader();
  for (let result = await reader.read(); !result.done; result = await reader.read()) text += decoder.decode(result.value, { stream: true });
  return text;
}

describe('generationEvents', () => {
  it('sends the status, then done, and ends', async () => {
    const loads = [running, succeeded];
    const stream = generationEvents({ first: running, load: async () => loads.shift()!, signal: new AbortController().signal, pollMs: 1 });
    const text = await readAll(stream);
    expect(text).toMatch(/^retry: 2000\n\nevent: status\ndata: \{"status":"running","progress":0.5,"error":null\}\n\n/);
    expect(text).toContain('event: status\ndata: {"status":"succeeded","progress":1,"error":null}');
    expect(text.trimEnd().split('\n\n').at(-1)).toMatch(/^event: done\ndata: \{"generation":/);
  });

  it('stays quiet when the client leaves and the request is aborted afterwards', async () => {
    const request = new AbortController();
    let loads = 0;
    const stream = generationEvents({ first: running, load: async () => (loads++, running), signal: request.signal, pollMs: 1 });
    const reader = stream.getReader();
    await reader.read();
    await reader.cancel();
    request.abort();
    const before = loads;
    await new Promise((resolve) => setTimeout(resolve, 20));
    // Nothing more is read from the database once the stream is gone, and nothing throws.
    expect(loads - before).toBeLessThanOrEqual(1);
  });

  it('ends the stream when the request is aborted', async () => {
    const request = new AbortController();
    const stream = generationEvents({ first: running, load: async () => running, signal: request.signal, pollMs: 1 });
    const reading = readAll(stream);
    request.abort();
    expect(await reading).toContain('event: status');
  });
});
