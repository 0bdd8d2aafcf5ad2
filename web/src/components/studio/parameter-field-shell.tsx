import type { ReactNode } from 'react';
import { Label } from '@/components/ui/label';

/** What every parameter control takes. */
export type ControlProps<F> = {
  field: F;
  values: Record<string, unknown>;
  errors: Record<string, string>;
  onChange: (name: string, value: unknown) => void;
  idPrefix: string;
};

/** The label, hint and error around a parameter's control, wired by ids. */
export function FieldShell({
  id,
  labelId,
  label,
  description,
  error,
  aside,
  children,
  asGroup = false,
}: {
  id: string;
  labelId: string;
  label: string;
  description?: string;
  error?: string;
  aside?: ReactNode;
  children: ReactNode;
  /** The control is a group of buttons: its label names the group instead of one input. */
  asGroup?: boolean;
}) {
  return (
    <div className="grid gap-2">
      <div className="flex min-h-5 items-center justify-between gap-2">
        {asGroup ? (
          <span id={labelId} className="text-sm font-medium leading-none">
            {label}
          </span>
        ) : (
          <Label id={labelId} htmlFor={id}>
            {label}
          </Label>
        )}
        {aside}
      </div>
      {children}
      {description && !error ? (
        <p id={`${id}-hint`} className="text-xs text-muted-foreground">
          {description}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-xs font-medium text-destructive">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export const describedBy = (id: string, field: { description?: string }, error?: string) =>
  error ? `${id}-error` : field.description ? `${id}-hint` : undefined;

