import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { asService } from '@/lib/db/with-user';
import { signedInClient } from '../support/api-client';
import { countAssets, drainQueue, fakeAdapter, imageResult, insertGeneration, readGeneration, readJob, testWorker, waitFor } from '../support/generations';

const webRoot = path.resolve(import.meta.dirname, '../..');

// A second process cannot open the embedded PGlite database, so this runs on the
// PostgreSQL server pass of the suite (npm test runs both).
describe.runIf(Boolean(process.env.DATABASE_URL))('a worker killed mid-job', () => {
  it('leaves a job that another worker finishes, once', async () => {
    await drainQueue();
    const { client, user } = await signedInClient();
    const projectId = ((await client.post('/api/projects', { name: 'Crash' })).body as { project: { id: string } }).project.id;
    const id = await insertGeneration({ userId: user.id, projectId });
    await asService((tx) => tx.query(`update public.generations set prompt = id::text where id = $1`, [id]));

    const child = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'tests/support/worker-child.ts'], {
      cwd: webRoot,
      env: { ...process.env, LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    try {
      await waitFor(async () => output.includes(`started ${id}`), 60_000, 'the child worker to start the job');
      await waitFor(async () => ((await readGeneration(id)).progress ?? 0) > 0, 10_000, 'progress from the child');
    } finally {
      child.kill('SIGKILL');
    }
    expect(await exited).toBe('SIGKILL');
    expect(await readJob(id)).toMatchObject({ status: 'running', locked_by: 'child-worker' });

    let runs = 0;
    const survivor = testWorker(fakeAdapter(async () => ((runs += 1), imageResult())), { workerId: 'survivor' });
    survivor.start();
    try {
      await waitFor(async () => (await readGeneration(id)).status === 'succeeded', 20_000, 'the survivor to finish the job');
    } finally {
      await survivor.stop();
    }
    expect(runs).toBe(1);
    expect(await readJob(id)).toMatchObject({ status: 'done', locked_by: 'survivor', interruptions: 1, attempts: 2 });
    expect(await countAssets(id)).toBe(1);
    expect(output.match(/started /g)).toHaveLength(1);
  });
});
