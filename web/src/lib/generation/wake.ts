/** In-process listeners (the local worker) told when new work is queued. */
type Listener = () => void;

const globalForWake = globalThis as unknown as { medialabWakeListeners?: Set<Listener> };

function listeners(): Set<Listener> {
  globalForWake.medialabWakeListeners ??= new Set();
  return globalForWake.medialabWakeListeners;
}

export function onWake(listener: Listener): () => void {
  listeners().add(listener);
  return () => listeners().delete(listener);
}

export function wakeWorkers(): void {
  for (const listener of listeners()) listener();
}
