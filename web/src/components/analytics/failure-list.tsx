import { CircleCheck } from 'lucide-react';
import type { Analytics } from '@/lib/schemas/analytics';
import { plural } from './analytics-format';
import { describeFailure } from './failure-reasons';

/** Why generations failed, most frequent first, each reason in plain words. */
export function FailureList({ failures }: { failures: Analytics['failuresByReason'] }) {
  return (
    <section aria-labelledby="analytics-failures-heading" className="rounded-xl border bg-card p-4 shadow-xs sm:p-5">
      <h2 id="analytics-failures-heading" className="font-semibold">
        Failures by reason
      </h2>
      {failures.length === 0 ? (
        <p className="mt-2 flex items-center gap-2 text-sm text-muted-foreground">
          <CircleCheck aria-hidden="true" className="size-4 text-success" />
          No generation failed in this range.
        </p>
      ) : (
        <ul className="mt-3 divide-y">
          {failures.map((failure) => {
            const reason = describeFailure(failure.code);
            return (
              <li key={failure.code} className="flex items-start justify-between gap-4 py-3 first:pt-0 last:pb-0">
                <div className="min-w-0">
                  <p className="font-medium">{reason.title}</p>
                  <p className="text-sm text-muted-foreground">{reason.explanation}</p>
                </div>
                <span className="shrink-0 rounded-full bg-destructive/10 px-2.5 py-0.5 text-sm font-medium tabular-nums text-destructive">
                  {plural(failure.count, 'failure')}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
