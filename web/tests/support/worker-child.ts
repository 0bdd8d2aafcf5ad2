/**
 * A real worker process for the crash test: it runs the production worker and queue
 * code with a slow fake adapter, says "started <generation id>" when it begins a job,
 * and is then killed with SIGKILL by the test.
 */
import { GenerationWorker } from '@/lib/jobs/worker';
import { builtinProvider } from '@/lib/providers/catalog/builtin';

const worker = new GenerationWorker({
  workerId: 'child-worker',
  leaseSeconds: 1,
  idlePollMs: 50,
  resolveAdapter: () => ({
    info: builtinProvider,
    async doGenerate({ prompt, onProgress }) {
      process.stdout.write(`started ${prompt}\n`);
      for (let step = 0; step < 600; step += 1) {
        onProgress(step / 600);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error('the crash test should have killed this process');
    },
  }),
});
worker.start();
