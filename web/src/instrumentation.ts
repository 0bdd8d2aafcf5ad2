/**
 * Runs once per server process, before it serves: validates the environment (a wrong
 * value stops the start, naming the variable) and opens and migrates the embedded
 * database so the first request does not wait for it.
 */
export async function register() {
  // eslint-disable-next-line no-restricted-properties -- set by Next.js itself, not configuration
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startServer } = await import('./lib/server-start');
  await startServer();
}
