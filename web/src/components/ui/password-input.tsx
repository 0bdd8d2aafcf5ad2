'use client';

import { useState, type ComponentProps } from 'react';
import { Eye, EyeOff } from 'lucide-react';
import { Input } from './input';
import { cn } from './utils';

type Props = Omit<ComponentProps<typeof Input>, 'type'> & {
  id: string;
  /** The toggle's accessible name while the password is hidden, e.g. "Show the new password". */
  showLabel: string;
};

/** A password field with a button that shows or hides what is typed (aria-pressed tells which). */
export function PasswordInput({ id, showLabel, className, ...props }: Props) {
  const [shown, setShown] = useState(false);
  return (
    <div className="relative">
      <Input
        {...props}
        id={id}
        type={shown ? 'text' : 'password'}
        autoCapitalize="off"
        autoCorrect="off"
        spellCheck={false}
        className={cn('pr-11', className)}
      />
      <button
        type="button"
        onClick={() => setShown((value) => !value)}
        aria-pressed={shown}
        aria-controls={id}
        className="absolute inset-y-0 right-0 flex w-10 items-center justify-center rounded-r-md text-muted-foreground hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-ring"
      >
        {shown ? <EyeOff aria-hidden="true" className="size-4" /> : <Eye aria-hidden="true" className="size-4" />}
        <span className="sr-only">{showLabel}</span>
      </button>
    </div>
  );
}
