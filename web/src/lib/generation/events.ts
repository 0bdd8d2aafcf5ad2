import type { Generation } from '@/lib/schemas/generation';

const POLL_MS = 250;
const KEEPALIVE_MS = 15_000;
const TERMINAL = new Set(['succeeded', 'failed', 'canceled']);

/**
 * A generation's life as server-sent events. It reads the row from Postgres, so it
 * follows work done by any worker in any process:
 *   event: status  data: { status, progress, error }
 *   event: text    data: { delta }            (text generations, as they stream)
 *   event: done    data: { generation }       then the stream ends
 */
export function generationEvents(options: {
  first: Generation;
  load: () => Promise<Generation>;
  signal: AbortSignal;
  pollMs?: number;
}): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let closed = false;
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      // The client may leave at any moment, and the server may close or error the stream
      // without telling us first: a write or a close then throws, and must not escape.
      const write = (chunk: string) => {
        if (closed) return;
        try {
          controller.enqueue(encoder.encode(chunk));
        } catch {
          closed = true;
        }
      };
      const send = (event: string, data: unknown) => write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
      const close = () => {
        if (closed) return;
        closed = true;
        try {
          controller.close();
        } catch {
          // Closed or errored already.
        }
      };
      options.signal.addEventListener('abort', close, { once: true });
      write('retry: 2000\n\n');

      let lastStatus = '';
      let lastProgress: number | null = -1;
      let textSent = 0;
      let lastWrite = Date.now();
      let generation = options.first;
      while (!closed) {
        if (generation.status !== lastStatus || generation.progress !== lastProgress) {
          send('status', { status: generation.status, progress: generation.progress, error: generation.error });
          lastStatus = generation.status;
          lastProgress = generation.progress;
          lastWrite = Date.now();
        }
        const text = generation.outputText ?? '';
        if (text.length > textSent) {
          send('text', { delta: text.slice(textSent) });
          textSent = text.length;
          lastWrite = Date.now();
        }
        if (TERMINAL.has(generation.status)) {
          send('done', { generation });
          close();
          break;
        }
        if (Date.now() - lastWrite > KEEPALIVE_MS) {
          write(': keepalive\n\n');
          lastWrite = Date.now();
        }
        await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? POLL_MS));
        if (closed) break;
        try {
          generation = await options.load();
        } catch {
          send('error', { message: 'Lost track of the generation; reload to see its state.' });
          close();
        }
      }
    },
    cancel() {
      closed = true;
    },
  });
}
