import { Skeleton } from '@/components/ui/skeleton';

/** The shape of the results while they load, at their final heights so nothing jumps. */
export function AnalyticsSkeleton() {
  return (
    <>
      <p className="sr-only">Loading analytics…</p>
      <div className="grid grid-cols-2 gap-3 sm:gap-4 lg:grid-cols-4">
        {Array.from({ length: 4 }, (_, index) => (
          <Skeleton key={index} className="h-[6.5rem] rounded-xl sm:h-[7.5rem]" />
        ))}
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <Skeleton className="h-[22rem] rounded-xl" />
        <Skeleton className="h-[22rem] rounded-xl" />
      </div>
      <Skeleton className="h-48 rounded-xl" />
    </>
  );
}
