'use client';

import type { ComponentProps } from 'react';
import { Progress as ProgressPrimitive } from 'radix-ui';
import { cn } from './utils';

/** A progress bar; `value` null shows an indeterminate shimmer. */
export function Progress({ className, value, ...props }: ComponentProps<typeof ProgressPrimitive.Root>) {
  const known = typeof value === 'number';
  return (
    <ProgressPrimitive.Root
      value={value}
      className={cn('relative h-1.5 w-full overflow-hidden rounded-full bg-muted', className)}
      {...props}
    >
      <ProgressPrimitive.Indicator
        className={cn('h-full bg-primary transition-[width] duration-300', !known && 'w-full animate-pulse opacity-50')}
        style={known ? { width: `${Math.max(2, Math.min(100, value))}%` } : undefined}
      />
    </ProgressPrimitive.Root>
  );
}
