import 'server-only';
import os from 'node:os';
import { randomUUID } from 'node:crypto';
import { asService } from '@/lib/db/with-user';
import { claimNextJob } from '@/lib/db/queries/jobs';
import { onWake } from '@/lib/generation/wake';
import type { ProviderAdapter } from '@/lib/providers/provider';
import { getAdapter } from '@/lib/providers/registry';
import { getLogger } from '@/lib/telemetry/logger';
import { runGenerationJob, type RunContext } from './run-generation';

export type WorkerOptions = {
  workerId?: string;
  /** How long a claim holds without a heartbeat; a crashed worker's jobs return after it. */
  leaseSeconds?: number;
  /** How often an idle worker looks for due jobs (retries come due without a wake-up). */
  idlePollMs?: number;
  pollIntervalMs?: number;
  resolveAdapter?: (providerId: string) => ProviderAdapter | undefined;
};

/**
 * Drains the generation queue one job at a time. Any number of workers, in any number of
 * processes, may share the queue: claims use `for update skip locked` and a lease.
 */
export class GenerationWorker {
  readonly id: string;
  private readonly context: RunContext;
  private readonly idlePollMs: number;
  private running = false;
  private loop: Promise<void> | undefined;
  private wakeUp: (() => void) | undefined;
  private unsubscribe: (() => void) | undefined;

  constructor(options: WorkerOptions = {}) {
    this.id = options.workerId ?? `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
    this.idlePollMs = options.idlePollMs ?? 1000;
    this.context = {
      workerId: this.id,
      leaseSeconds: options.leaseSeconds ?? 30,
      pollIntervalMs: options.pollIntervalMs ?? 2000,
      resolveAdapter: options.resolveAdapter ?? getAdapter,
      logger: getLogger().child({ workerId: this.id }),
    };
  }

  /** Claims and runs one due job; false when there was none. */
  async runOnce(): Promise<boolean> {
    const job = await asService((tx) => claimNextJob(tx, { workerId: this.id, leaseSeconds: this.context.leaseSeconds }));
    if (!job) return false;
    await runGenerationJob(job, this.context);
    return true;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.unsubscribe = onWake(() => this.wakeUp?.());
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.unsubscribe?.();
    this.wakeUp?.();
    await this.loop;
  }

  private async run(): Promise<void> {
    this.context.logger.info('worker started');
    while (this.running) {
      let worked = false;
      try {
        worked = await this.runOnce();
      } catch (error) {
        this.context.logger.error({ err: error }, 'worker loop error');
      }
      if (!worked && this.running) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, this.idlePollMs);
          this.wakeUp = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        this.wakeUp = undefined;
      }
    }
    this.context.logger.info('worker stopped');
  }
}
