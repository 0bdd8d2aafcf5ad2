import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ES module script, without type declarations
import { supervise } from '../../scripts/supervise.mjs';

type Supervise = (command: string, args: string[], options?: Record<string, unknown>) => Promise<number>;
const run = supervise as Supervise;

/** A child that counts its starts in a file and dies of SIGSEGV until the `healthyFrom`th start. */
function crashingChild(healthyFrom: number): { args: string[]; starts: () => number } {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'supervise-')), 'starts');
  const script = `
    const fs = require('node:fs');
    const starts = (fs.existsSync(${JSON.stringify(file)}) ? Number(fs.readFileSync(${JSON.stringify(file)}, 'utf8')) : 0) + 1;
    fs.writeFileSync(${JSON.stringify(file)}, String(starts));
    if (starts < ${healthyFrom}) process.kill(process.pid, 'SIGSEGV');
  `;
  return { args: ['-e', script], starts: () => Number(readFileSync(file, 'utf8')) };
}

describe('supervise (npm start)', () => {
  it('starts a crashed server again until it exits cleanly, saying so each time', async () => {
    const child = crashingChild(3);
    const lines: unknown[][] = [];
    expect(await run(process.execPath, child.args, { firstDelayMs: 10, signals: [], log: (...line: unknown[]) => lines.push(line) })).toBe(0);
    expect(child.starts()).toBe(3);
    expect(lines).toEqual([
      ['error', 'the server stopped unexpectedly; starting it again', { code: null, signal: 'SIGSEGV', delayMs: 10 }],
      ['error', 'the server stopped unexpectedly; starting it again', { code: null, signal: 'SIGSEGV', delayMs: 20 }],
    ]);
  });

  it('gives up, failing, after too many crashes in a short time', async () => {
    const child = crashingChild(100);
    const lines: unknown[][] = [];
    const log = (...line: unknown[]) => lines.push(line);
    expect(await run(process.execPath, child.args, { firstDelayMs: 10, maxCrashes: 3, signals: [], log })).toBe(1);
    expect(child.starts()).toBe(3);
    expect(lines.at(-1)).toEqual(['fatal', 'the server keeps crashing; giving up', { code: null, signal: 'SIGSEGV', crashes: 3 }]);
  });

  it('ends with the exit code of a clean exit at once', async () => {
    expect(await run(process.execPath, ['-e', 'process.exit(0)'], { signals: [] })).toBe(0);
  });
});
