import type { ComponentProps } from 'react';
import { cn } from './utils';

const variants = {
  default: 'border-transparent bg-muted text-muted-foreground',
  accent: 'border-transparent bg-accent text-accent-foreground',
  outline: 'text-muted-foreground',
  success: 'border-transparent bg-success/15 text-success',
  warning: 'border-transparent bg-amber-500/15 text-amber-700 dark:text-amber-300',
  destructive: 'border-transparent bg-destructive/12 text-destructive',
} as const;

export function Badge({ className, variant = 'default', ...props }: ComponentProps<'span'> & { variant?: keyof typeof variants }) {
  return (
    <span
      className={cn('inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-medium [&_svg]:size-3', variants[variant], className)}
      {...props}
    />
  );
}
