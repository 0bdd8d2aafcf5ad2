import type { ComponentProps } from 'react';
import { fieldClassName } from './input';
import { cn } from './utils';

export function Textarea({ className, rows = 3, ...props }: ComponentProps<'textarea'>) {
  return <textarea rows={rows} className={cn(fieldClassName, 'min-h-20 resize-y', className)} {...props} />;
}
