import type { ReactNode } from 'react';
import type { LucideIcon } from 'lucide-react';
import { cn } from '@/components/ui/utils';

/** Nothing here yet, and what to do about it. */
export function EmptyState({ icon: Icon, title, children, action, className }: { icon: LucideIcon; title: string; children: ReactNode; action?: ReactNode; className?: string }) {
  return (
    <div className={cn('flex flex-col items-center rounded-xl border border-dashed px-6 py-12 text-center', className)}>
      <span className="mb-3 flex size-11 items-center justify-center rounded-full bg-accent text-accent-foreground">
        <Icon aria-hidden="true" className="size-5" />
      </span>
      <p className="font-medium">{title}</p>
      <div className="mt-1 max-w-sm text-sm text-muted-foreground">{children}</div>
      {action ? <div className="mt-4">{action}</div> : null}
    </div>
  );
}
