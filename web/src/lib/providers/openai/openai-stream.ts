import 'server-only';
import { ProviderError } from '../provider-error';

/** Whether an answer is a server-sent event stream (a proxy or a wrong base URL may send HTML or JSON). */
export function isEventStream(response: Response): boolean {
  return response.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase() === 'text/event-stream';
}

/**
 * Reads a server-sent event stream with an idle limit. The SDK's timeout only covers the
 * wait for the response headers; a stream that stalls afterwards would hang the job, so
 * every gap between events longer than `idleMs` aborts it with a 'timeout' error.
 */
export async function readStreamWithIdleLimit<Event>(options: {
  open: (signal: AbortSignal) => Promise<AsyncIterable<Event>>;
  onEvent: (event: Event) => void;
  abortSignal: AbortSignal;
  idleMs: number;
  providerName: string;
}): Promise<void> {
  const idle = new AbortController();
  let timer = setTimeout(() => idle.abort(), options.idleMs);
  let started = false;
  const seconds = Math.ceil(options.idleMs / 1000);
  const stalled = () =>
    new ProviderError(
      'timeout',
      started
        ? `${options.providerName} stopped sending the answer for ${seconds} s; we will try again.`
        : `${options.providerName} did not answer in time; we will try again.`,
      { provider: options.providerName },
    );
  try {
    const stream = await options.open(AbortSignal.any([options.abortSignal, idle.signal]));
    for await (const event of stream) {
      clearTimeout(timer);
      timer = setTimeout(() => idle.abort(), options.idleMs);
      started = true;
      options.onEvent(event);
    }
  } catch (error) {
    if (idle.signal.aborted && !options.abortSignal.aborted) throw stalled();
    throw error;
  } finally {
    clearTimeout(timer);
  }
  // The SDK ends an aborted stream quietly, so an idle abort shows only here.
  if (idle.signal.aborted && !options.abortSignal.aborted) throw stalled();
}
