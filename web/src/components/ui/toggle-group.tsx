'use client';

import type { ComponentProps } from 'react';
import { ToggleGroup as ToggleGroupPrimitive } from 'radix-ui';
import { cn } from './utils';

/**
 * Chips or a segmented control (Radix ToggleGroup, single choice): one tab stop, arrow keys
 * move between the options, and the pressed state is announced.
 */
export function ToggleGroup({ className, ...props }: ComponentProps<typeof ToggleGroupPrimitive.Root>) {
  return <ToggleGroupPrimitive.Root className={cn('flex flex-wrap gap-1.5', className)} {...props} />;
}

export const toggleItemClassName = cn(
  'inline-flex h-8 items-center justify-center gap-1.5 rounded-full border border-input bg-card px-3 text-sm font-medium text-foreground transition-colors',
  'hover:bg-muted focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2 focus-visible:ring-offset-background',
  'data-[state=on]:border-primary data-[state=on]:bg-primary data-[state=on]:text-primary-foreground',
  'disabled:pointer-events-none disabled:opacity-50 [&_svg]:size-3.5 [&_svg]:shrink-0',
);

export function ToggleGroupItem({ className, ...props }: ComponentProps<typeof ToggleGroupPrimitive.Item>) {
  return <ToggleGroupPrimitive.Item className={cn(toggleItemClassName, className)} {...props} />;
}
