import type { ReactNode } from 'react';
import { Label } from './label';
import { cn } from './utils';

/** What a field's control needs so the label, hint and error are announced with it. */
export type FieldControlProps = {
  id: string;
  name: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
};

type FieldProps = {
  /** The control's id and form name. */
  name: string;
  /** Distinguishes the ids of two forms on one page that have a field of the same name. */
  idPrefix?: string;
  label: string;
  hint?: string;
  error?: string;
  optional?: boolean;
  className?: string;
  children: (control: FieldControlProps) => ReactNode;
};

/** A label, a control, an optional hint and an inline error, wired together by ids. */
export function Field({ name, idPrefix, label, hint, error, optional = false, className, children }: FieldProps) {
  const id = idPrefix ? `${idPrefix}-${name}` : name;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={cn('grid gap-1.5', className)}>
      <Label htmlFor={id}>
        {label}
        {optional ? <span className="font-normal text-muted-foreground"> (optional)</span> : null}
      </Label>
      {children({ id, name, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {hint ? (
        <p id={hintId} className="text-xs text-muted-foreground">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="text-sm font-medium text-destructive">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** A message about the whole form (wrong password, too many attempts), read out when it appears. */
export function FormError({ message, className }: { message?: string; className?: string }) {
  return (
    <div role="alert" className={cn(message ? 'rounded-md border border-destructive/40 bg-destructive/10 px-3 py-2 text-sm text-destructive' : 'hidden', className)}>
      {message}
    </div>
  );
}
