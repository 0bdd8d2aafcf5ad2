import { Skeleton } from '@/components/ui/skeleton';

/** The shape of a studio tab (settings beside a prompt and results) while it loads. */
export function StudioPageSkeleton() {
  return (
    <div className="grid gap-6 lg:grid-cols-[20rem_minmax(0,1fr)]" aria-busy="true">
      <span className="sr-only">Loading…</span>
      <div className="order-2 hidden rounded-xl border bg-card p-4 lg:order-none lg:grid lg:gap-4">
        <Skeleton className="h-4 w-20" />
        <Skeleton className="h-10 w-full" />
        <Skeleton className="h-4 w-16" />
        <Skeleton className="h-10 w-full" />
        <Skeleton className="h-24 w-full" />
      </div>
      <div className="grid content-start gap-6">
        <div className="grid gap-3 rounded-xl border bg-card p-4">
          <Skeleton className="h-4 w-32" />
          <Skeleton className="h-24 w-full" />
          <div className="flex justify-end">
            <Skeleton className="h-10 w-32" />
          </div>
        </div>
        <Skeleton className="h-48 w-full rounded-xl" />
      </div>
    </div>
  );
}
