'use client';

import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Analytics } from '@/lib/schemas/analytics';
import { formatCount, formatDay, formatUsd, plural } from './analytics-format';

type Day = Analytics['spendByDay'][number];
type Measure = 'spend' | 'generations';

const COPY = {
  spend: { title: 'Spend per day', column: 'Spend (USD)', colour: 'var(--primary)' },
  generations: { title: 'Generations per day', column: 'Generations', colour: 'var(--success)' },
} as const;

const valueOf = (day: Day, measure: Measure) => (measure === 'spend' ? day.spentUsd : day.generations);
const format = (value: number, measure: Measure) => (measure === 'spend' ? formatUsd(value) : formatCount(value));

function ChartTooltip({ active, payload, measure }: { active?: boolean; payload?: ReadonlyArray<{ payload?: unknown }>; measure: Measure }) {
  const day = payload?.[0]?.payload as Day | undefined;
  if (!active || !day) return null;
  return (
    <div className="rounded-md border bg-card px-3 py-2 text-sm text-card-foreground shadow-lg">
      <p className="font-medium">{formatDay(day.day, true)}</p>
      <p className="tabular-nums text-muted-foreground">
        {measure === 'spend' ? `${formatUsd(day.spentUsd)} · ${plural(day.generations, 'generation')}` : plural(day.generations, 'generation')}
      </p>
    </div>
  );
}

/** One bar per UTC day, at a fixed height; the same numbers as a table for screen readers and keyboard users. */
export function DailyChart({ days, measure }: { days: Day[]; measure: Measure }) {
  const id = useId();
  const copy = COPY[measure];
  const total = days.reduce((sum, day) => sum + valueOf(day, measure), 0);
  const busiest = days.reduce<Day | null>((best, day) => (valueOf(day, measure) > (best ? valueOf(best, measure) : 0) ? day : best), null);
  const summary = busiest
    ? `${format(total, measure)} over ${plural(days.length, 'day')}; the most on ${formatDay(busiest.day, true)}: ${format(valueOf(busiest, measure), measure)}.`
    : `${format(0, measure)} over ${plural(days.length, 'day')}.`;
  const headingId = `${id}-heading`;

  return (
    <section aria-labelledby={headingId} className="flex min-w-0 flex-col rounded-xl border bg-card p-4 shadow-xs sm:p-5">
      <h2 id={headingId} className="font-semibold">
        {copy.title}
      </h2>
      <p className="mt-0.5 text-sm text-muted-foreground">{summary}</p>
      <div className="mt-4 h-56 w-full text-xs" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 320, height: 224 }}>
          <BarChart data={days} margin={{ top: 4, right: 4, bottom: 0, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid vertical={false} stroke="var(--border)" />
            <XAxis
              dataKey="day"
              tickFormatter={(day: string) => formatDay(day)}
              tick={{ fill: 'var(--muted-foreground)' }}
              axisLine={{ stroke: 'var(--border)' }}
              tickLine={false}
              minTickGap={16}
            />
            <YAxis
              width={measure === 'spend' ? 56 : 32}
              allowDecimals={measure === 'spend'}
              tickFormatter={(value: number) => format(value, measure)}
              tick={{ fill: 'var(--muted-foreground)' }}
              axisLine={false}
              tickLine={false}
            />
            <Tooltip cursor={{ fill: 'var(--muted)' }} content={(props) => <ChartTooltip active={props.active} payload={props.payload} measure={measure} />} isAnimationActive={false} />
            <Bar dataKey={measure === 'spend' ? 'spentUsd' : 'generations'} fill={copy.colour} radius={[3, 3, 0, 0]} maxBarSize={28} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <details className="mt-3 text-sm">
        <summary className="w-fit cursor-pointer rounded-sm text-muted-foreground hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring">
          Show as a table
        </summary>
        <div className="mt-2 max-h-64 overflow-y-auto">
          <table className="w-full text-left tabular-nums">
            <caption className="sr-only">{copy.title}</caption>
            <thead className="text-muted-foreground">
              <tr>
                <th scope="col" className="py-1 font-medium">
                  Day
                </th>
                <th scope="col" className="py-1 text-right font-medium">
                  {copy.column}
                </th>
              </tr>
            </thead>
            <tbody>
              {days.map((day) => (
                <tr key={day.day} className="border-t">
                  <th scope="row" className="py-1 font-normal">
                    {formatDay(day.day, true)}
                  </th>
                  <td className="py-1 text-right">{format(valueOf(day, measure), measure)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
