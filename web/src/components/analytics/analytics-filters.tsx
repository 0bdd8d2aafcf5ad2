'use client';

import { useId, useState } from 'react';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';
import { ToggleGroup, ToggleGroupItem } from '@/components/ui/toggle-group';
import { MAX_RANGE_DAYS, RANGE_PRESETS, daysBetween, presetOf, presetRange, todayUtc, type AnalyticsFilters } from './analytics-format';

export type ProjectOption = { id: string; name: string };

const ALL_PROJECTS = 'all';
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function rangeProblem(from: string, to: string): string | null {
  if (!DATE.test(from) || !DATE.test(to) || Number.isNaN(Date.parse(from)) || Number.isNaN(Date.parse(to))) return 'Enter both dates.';
  if (daysBetween(from, to) < 1) return 'The start date must not be after the end date.';
  if (daysBetween(from, to) > MAX_RANGE_DAYS) return `The range can be at most ${MAX_RANGE_DAYS} days.`;
  return null;
}

/** The range (a preset or two dates, in UTC) and the project the figures are for. */
export function AnalyticsFiltersBar({
  filters,
  projects,
  onChange,
}: {
  filters: AnalyticsFilters;
  projects: ProjectOption[];
  onChange: (filters: AnalyticsFilters) => void;
}) {
  const id = useId();
  const [draft, setDraft] = useState({ from: filters.from, to: filters.to });
  const [shown, setShown] = useState(filters);
  // A preset picked elsewhere replaces what was typed in the date fields.
  if (shown !== filters) {
    setShown(filters);
    setDraft({ from: filters.from, to: filters.to });
  }
  const problem = rangeProblem(draft.from, draft.to);
  const preset = presetOf(filters);

  const editDate = (field: 'from' | 'to', value: string) => {
    const next = { ...draft, [field]: value };
    setDraft(next);
    if (!rangeProblem(next.from, next.to)) onChange({ ...filters, ...next });
  };

  const unknownProject = filters.projectId && !projects.some((project) => project.id === filters.projectId);

  return (
    <div className="flex flex-col gap-4 rounded-xl border bg-card p-4 shadow-xs sm:p-5 lg:flex-row lg:flex-wrap lg:items-end lg:gap-6">
      <div className="flex flex-col gap-2">
        <span id={`${id}-range`} className="text-sm font-medium">
          Range
        </span>
        <ToggleGroup
          type="single"
          aria-labelledby={`${id}-range`}
          value={preset ? String(preset) : ''}
          onValueChange={(value) => {
            if (value) onChange({ ...filters, ...presetRange(Number(value), todayUtc()) });
          }}
        >
          {RANGE_PRESETS.map((days) => (
            <ToggleGroupItem key={days} value={String(days)}>
              Last {days} days
            </ToggleGroupItem>
          ))}
        </ToggleGroup>
      </div>
      <fieldset className="flex min-w-0 flex-col gap-2">
        <legend className="mb-2 text-sm font-medium">
          Custom range <span className="font-normal text-muted-foreground">(UTC)</span>
        </legend>
        <div className="grid grid-cols-2 gap-3">
          <div className="flex min-w-0 flex-col gap-1.5">
            <Label htmlFor={`${id}-from`} className="text-xs text-muted-foreground">
              From
            </Label>
            <Input
              id={`${id}-from`}
              type="date"
              value={draft.from}
              max={draft.to || undefined}
              aria-invalid={problem ? true : undefined}
              aria-describedby={problem ? `${id}-problem` : undefined}
              onChange={(event) => editDate('from', event.target.value)}
            />
          </div>
          <div className="flex min-w-0 flex-col gap-1.5">
            <Label htmlFor={`${id}-to`} className="text-xs text-muted-foreground">
              To
            </Label>
            <Input
              id={`${id}-to`}
              type="date"
              value={draft.to}
              min={draft.from || undefined}
              aria-invalid={problem ? true : undefined}
              aria-describedby={problem ? `${id}-problem` : undefined}
              onChange={(event) => editDate('to', event.target.value)}
            />
          </div>
        </div>
        {problem ? (
          <p id={`${id}-problem`} role="alert" className="text-sm text-destructive">
            {problem}
          </p>
        ) : null}
      </fieldset>
      <div className="flex min-w-0 flex-col gap-2 lg:w-64">
        <Label id={`${id}-project`}>Project</Label>
        <Select
          value={filters.projectId ?? ALL_PROJECTS}
          onValueChange={(value) => onChange({ ...filters, projectId: value === ALL_PROJECTS ? null : value })}
        >
          <SelectTrigger aria-labelledby={`${id}-project`}>
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            <SelectItem value={ALL_PROJECTS}>All projects</SelectItem>
            {projects.map((project) => (
              <SelectItem key={project.id} value={project.id}>
                {project.name}
              </SelectItem>
            ))}
            {unknownProject ? <SelectItem value={filters.projectId!}>Another project</SelectItem> : null}
          </SelectContent>
        </Select>
      </div>
    </div>
  );
}
