import 'server-only';
import type { Tx } from '../types';

// Under withUser: the user's own budgets.

export async function getUserBudget(tx: Tx): Promise<number | null> {
  const [row] = await tx.query<{ monthly_budget_usd: string | null }>(
    'select monthly_budget_usd from public.user_preferences where user_id = (select auth.uid())',
  );
  return row?.monthly_budget_usd == null ? null : Number(row.monthly_budget_usd);
}

export async function setUserBudget(tx: Tx, params: { monthlyBudgetUsd: number | null }): Promise<number | null> {
  const [row] = await tx.query<{ monthly_budget_usd: string | null }>(
    `insert into public.user_preferences (monthly_budget_usd) values ($1)
     on conflict (user_id) do update set monthly_budget_usd = excluded.monthly_budget_usd
     returning monthly_budget_usd`,
    [params.monthlyBudgetUsd],
  );
  return row?.monthly_budget_usd == null ? null : Number(row.monthly_budget_usd);
}

export async function getProjectBudget(tx: Tx, params: { projectId: string }): Promise<number | null> {
  const [row] = await tx.query<{ monthly_budget_usd: string | null }>('select monthly_budget_usd from public.projects where id = $1', [
    params.projectId,
  ]);
  return row?.monthly_budget_usd == null ? null : Number(row.monthly_budget_usd);
}
