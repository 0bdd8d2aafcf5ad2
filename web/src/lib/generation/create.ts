import 'server-only';
import { AppError } from '@/lib/errors';
import { withUser } from '@/lib/db/with-user';
import { getProjectBudget, getUserBudget } from '@/lib/db/queries/budgets';
import {
  getGenerationByIdempotencyKey,
  getMonthSpend,
  insertGeneration,
  toGeneration,
} from '@/lib/db/queries/generations';
import { getProjectByIdOrThrow } from '@/lib/db/queries/projects';
import type { Tx } from '@/lib/db/types';
import type { CreateGenerationInput, Generation } from '@/lib/schemas/generation';
import { prepareGeneration } from './prepare';
import { wakeWorkers } from './wake';

const usd = (value: number) => `$${value.toFixed(2)}`;

/** Refuses a generation that would take this month's spend past a budget, saying by how much. */
export async function assertWithinBudgets(tx: Tx, projectId: string, estimate: number | null): Promise<void> {
  const cost = estimate ?? 0;
  const checks: Array<[string, number | null, () => Promise<number>]> = [
    ['your monthly budget', await getUserBudget(tx), () => getMonthSpend(tx, {})],
    ["this project's monthly budget", await getProjectBudget(tx, { projectId }), () => getMonthSpend(tx, { projectId })],
  ];
  for (const [label, budget, spend] of checks) {
    if (budget === null) continue;
    const spent = await spend();
    if (spent + cost > budget + 1e-9) {
      const over = spent + cost - budget;
      throw new AppError(
        'budget_exceeded',
        `This generation (${estimate === null ? 'price unknown' : usd(cost)}) would pass ${label} of ${usd(budget)} by ${usd(over)}: ${usd(spent)} is spent this month.`,
        { budgetUsd: budget, spentUsd: spent, estimatedCostUsd: estimate, overByUsd: Math.round(over * 1e6) / 1e6 },
      );
    }
  }
}

/**
 * Validates, prices, checks budgets, writes the generation (its job is queued by a
 * trigger in the same transaction) and wakes the local worker. The same Idempotency-Key
 * returns the same generation.
 */
export async function createGeneration(
  userId: string,
  input: CreateGenerationInput,
  idempotencyKey: string | null,
): Promise<{ generation: Generation; created: boolean }> {
  if (idempotencyKey) {
    const existing = await withUser(userId, (tx) => getGenerationByIdempotencyKey(tx, { userId, key: idempotencyKey }));
    if (existing) return { generation: toGeneration(existing), created: false };
  }
  const result = await withUser(userId, async (tx) => {
    const prepared = await prepareGeneration(input, { forRun: true, tx });
    await getProjectByIdOrThrow(tx, { id: input.projectId });
    await assertWithinBudgets(tx, input.projectId, prepared.estimate.estimatedCostUsd);
    const row = await insertGeneration(tx, {
      userId,
      projectId: input.projectId,
      generationType: input.generationType,
      provider: prepared.provider.id,
      model: input.model,
      prompt: input.prompt,
      parameters: prepared.parameters,
      estimatedCostUsd: prepared.estimate.estimatedCostUsd,
      idempotencyKey,
    });
    if (row) return { generation: toGeneration(row), created: true };
    // A concurrent request with the same key won the insert.
    const existing = await getGenerationByIdempotencyKey(tx, { userId, key: idempotencyKey! });
    return { generation: toGeneration(existing!), created: false };
  });
  if (result.created) wakeWorkers();
  return result;
}
