import type { Metadata } from 'next';
import { requireUser } from '@/lib/auth/current-user';
import { getUserBudget } from '@/lib/db/queries/budgets';
import { getMonthSpend } from '@/lib/db/queries/generations';
import { withUser } from '@/lib/db/with-user';
import { BudgetSettings } from '@/components/settings/budget-settings';
import { SettingsHeading } from '@/components/settings/settings-heading';

export const metadata: Metadata = { title: 'Budget' };

export default async function BudgetSettingsPage() {
  const user = await requireUser('/settings/budget');
  const initial = await withUser(user.id, async (tx) => ({
    monthlyBudgetUsd: await getUserBudget(tx),
    spentThisMonthUsd: await getMonthSpend(tx, {}),
  }));
  // Spend is counted per calendar month in UTC, as the budget check counts it.
  const month = new Date().toLocaleString('en-US', { month: 'long', timeZone: 'UTC' });
  return (
    <section aria-labelledby="budget-heading">
      <SettingsHeading id="budget-heading" title="Budget">
        A monthly limit on what your generations may cost across all projects. Generations with the built-in provider are free.
      </SettingsHeading>
      <BudgetSettings initial={initial} month={month} />
    </section>
  );
}
