'use client';

import { useRef, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Field, FormError } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { Progress } from '@/components/ui/progress';
import { cn } from '@/components/ui/utils';
import { useAnnounce } from '@/hooks/use-announce';
import { formErrors, useApiRequest } from '@/hooks/use-api-request';
import { useFocusFirstInvalid } from '@/hooks/use-focus-first-invalid';
import { formatUsd, parseUsdInput } from './format-usd';

export type BudgetState = { monthlyBudgetUsd: number | null; spentThisMonthUsd: number };

const FIELD = 'monthlyBudgetUsd';
/** From here on the bar and the text warn that the budget is nearly used. */
const WARN_AT = 0.8;
/** The most the API accepts. */
const MAX_BUDGET_USD = 1_000_000;

function draftOf(budget: number | null): string {
  return budget === null ? '' : String(budget);
}

function Usage({ budget, spent, month }: { budget: number | null; spent: number; month: string }) {
  if (budget === null) {
    return (
      <p className="text-sm text-muted-foreground">
        No monthly budget: generations are not limited by what they cost.
      </p>
    );
  }
  const share = budget > 0 ? spent / budget : spent > 0 ? 1 : 0;
  const percent = Math.round(share * 100);
  const tone = share >= 1 ? 'over' : share >= WARN_AT ? 'near' : 'ok';
  return (
    <div className="grid gap-2">
      <Progress
        value={Math.min(100, share * 100)}
        aria-label={`Budget used in ${month}`}
        getValueLabel={() => `${formatUsd(spent)} of ${formatUsd(budget)} (${percent}%)`}
        className={cn('h-2', tone === 'over' && '[&>div]:bg-destructive', tone === 'near' && '[&>div]:bg-amber-500')}
      />
      <p className={cn('text-sm', tone === 'over' ? 'font-medium text-destructive' : 'text-muted-foreground')}>
        {tone === 'over'
          ? 'The budget is used up: generations that cost money are refused until next month or until you raise it.'
          : `${percent}% used · ${formatUsd(Math.max(0, budget - spent))} left this month.`}
      </p>
    </div>
  );
}

/** This month's spend against the monthly budget, and the form that sets or removes the budget. */
export function BudgetSettings({ initial, month }: { initial: BudgetState; month: string }) {
  const announce = useAnnounce();
  const formRef = useRef<HTMLFormElement>(null);
  const [state, setState] = useState(initial);
  const [draft, setDraft] = useState(draftOf(initial.monthlyBudgetUsd));
  const [inputError, setInputError] = useState<string | null>(null);
  const { send, pending, error, reset } = useApiRequest();
  const [action, setAction] = useState<'save' | 'remove'>('save');
  const server = formErrors(error, [FIELD]);
  const fieldError = inputError ?? server.fieldErrors[FIELD];
  useFocusFirstInvalid(formRef, inputError ?? error);

  async function save(monthlyBudgetUsd: number | null, kind: 'save' | 'remove') {
    setAction(kind);
    const result = await send<BudgetState>('/api/settings/budget', { method: 'PUT', body: { monthlyBudgetUsd } });
    if (!result.ok) return;
    setState(result.data);
    setDraft(draftOf(result.data.monthlyBudgetUsd));
    const saved = result.data.monthlyBudgetUsd;
    announce(saved === null ? 'Monthly budget removed.' : `Monthly budget set to ${formatUsd(saved)}.`);
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const amount = parseUsdInput(draft);
    const problem =
      amount === undefined
        ? 'Enter an amount in US dollars, such as 25 or 12.50, or leave the field empty for no budget.'
        : amount !== null && amount > MAX_BUDGET_USD
          ? `The budget can be at most ${formatUsd(MAX_BUDGET_USD)}.`
          : null;
    if (problem) {
      reset();
      setInputError(problem);
      return;
    }
    setInputError(null);
    await save(amount ?? null, 'save');
  }

  return (
    <div className="grid gap-6">
      <section aria-labelledby="spend-heading" className="grid gap-3 rounded-xl border bg-card p-5 shadow-xs">
        <h3 id="spend-heading" className="text-sm font-medium text-muted-foreground">
          Spent in {month} (UTC)
        </h3>
        <p className="text-3xl font-semibold tabular-nums tracking-tight">
          {formatUsd(state.spentThisMonthUsd)}
          {state.monthlyBudgetUsd === null ? null : (
            <span className="text-base font-normal text-muted-foreground"> of {formatUsd(state.monthlyBudgetUsd)}</span>
          )}
        </p>
        <Usage budget={state.monthlyBudgetUsd} spent={state.spentThisMonthUsd} month={month} />
      </section>

      <form ref={formRef} onSubmit={onSubmit} noValidate className="grid gap-4 rounded-xl border bg-card p-5 shadow-xs">
        <FormError message={inputError ? undefined : server.formError} />
        <Field
          name={FIELD}
          idPrefix="budget"
          label="Monthly budget (US dollars)"
          optional
          hint="A generation that would take this month’s spend past it is refused before it runs. Leave empty for no budget."
          error={fieldError}
        >
          {(control) => (
            <div className="relative max-w-xs">
              <span aria-hidden="true" className="pointer-events-none absolute inset-y-0 left-3 flex items-center text-muted-foreground">
                $
              </span>
              <Input
                {...control}
                inputMode="decimal"
                autoComplete="off"
                placeholder="No budget"
                value={draft}
                onChange={(event) => {
                  setDraft(event.target.value);
                  setInputError(null);
                }}
                className="pl-7 tabular-nums"
              />
            </div>
          )}
        </Field>
        <div className="flex flex-wrap gap-2">
          <Button type="submit" pending={pending && action === 'save'} aria-disabled={pending || undefined}>
            Save budget
          </Button>
          {state.monthlyBudgetUsd !== null ? (
            <Button
              variant="outline"
              pending={pending && action === 'remove'}
              aria-disabled={pending || undefined}
              onClick={() => {
                if (pending) return;
                setInputError(null);
                void save(null, 'remove');
              }}
            >
              Remove budget
            </Button>
          ) : null}
        </div>
      </form>
    </div>
  );
}
