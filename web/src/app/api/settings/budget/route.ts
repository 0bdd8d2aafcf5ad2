import { withUser } from '@/lib/db/with-user';
import { getUserBudget, setUserBudget } from '@/lib/db/queries/budgets';
import { getMonthSpend } from '@/lib/db/queries/generations';
import { json, readJson, withSession } from '@/lib/http';
import { budgetSettingsSchema } from '@/lib/schemas/provider';

/** The user's monthly budget (null: none) and this month's spend. */
export const GET = withSession(async ({ user }) =>
  json(
    await withUser(user.id, async (tx) => ({
      monthlyBudgetUsd: await getUserBudget(tx),
      spentThisMonthUsd: await getMonthSpend(tx, {}),
    })),
  ),
);

export const PUT = withSession(async ({ request, user }) => {
  const input = await readJson(request, budgetSettingsSchema);
  return json(
    await withUser(user.id, async (tx) => ({
      monthlyBudgetUsd: await setUserBudget(tx, input),
      spentThisMonthUsd: await getMonthSpend(tx, {}),
    })),
  );
});
