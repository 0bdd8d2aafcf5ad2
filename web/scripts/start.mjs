#!/usr/bin/env node
// `npm start`: `next start` (arguments are passed on), started again if it crashes. The
// server holds the in-process job worker, so a crash in native code (image encoders,
// codecs) must not leave the app down; the jobs it was running are taken up again when
// their lease runs out (see docs/deployment.md).
import { createRequire } from 'node:module';
import { supervise } from './supervise.mjs';

const require = createRequire(import.meta.url);
const nextBin = require.resolve('next/dist/bin/next');
process.exit(await supervise(process.execPath, [nextBin, 'start', ...process.argv.slice(2)]));
