// Keeps a server process running as a process manager would: a crash (an exit with an
// error code or a signal) starts it again after a growing pause; a clean exit, or SIGINT /
// SIGTERM to this process, ends it for good; so do `maxCrashes` crashes within `windowMs`.
import { spawn } from 'node:child_process';

/** One JSON line on stderr, as the app's own logs are. */
function logLine(level, msg, fields) {
  process.stderr.write(`${JSON.stringify({ level, time: new Date().toISOString(), msg, ...fields })}\n`);
}

/**
 * Runs `command` with `args` until it exits cleanly; resolves with the exit code this
 * process should end with.
 * @param {string} command
 * @param {string[]} args
 * @param {{ maxCrashes?: number, windowMs?: number, firstDelayMs?: number, signals?: NodeJS.Signals[],
 *   log?: (level: string, msg: string, fields: object) => void }} [options]
 * @returns {Promise<number>}
 */
export function supervise(
  command,
  args,
  { maxCrashes = 5, windowMs = 60_000, firstDelayMs = 500, signals = ['SIGINT', 'SIGTERM'], log = logLine } = {},
) {
  return new Promise((resolve) => {
    let child = null;
    let stopping = false;
    let crashes = [];
    const finish = (code) => {
      for (const signal of signals) process.off(signal, onSignal);
      resolve(code);
    };
    function onSignal(signal) {
      stopping = true;
      if (child) child.kill(signal);
      else finish(0);
    }
    const start = () => {
      child = spawn(command, args, { stdio: 'inherit', env: process.env });
      child.on('exit', (code, signal) => {
        child = null;
        if (stopping || code === 0) return finish(code ?? 0);
        const now = Date.now();
        crashes = [...crashes.filter((at) => now - at < windowMs), now];
        if (crashes.length >= maxCrashes) {
          log('fatal', 'the server keeps crashing; giving up', { code, signal, crashes: crashes.length });
          return finish(1);
        }
        const delayMs = firstDelayMs * 2 ** (crashes.length - 1);
        log('error', 'the server stopped unexpectedly; starting it again', { code, signal, delayMs });
        setTimeout(start, delayMs);
      });
    };
    for (const signal of signals) process.on(signal, onSignal);
    start();
  });
}
