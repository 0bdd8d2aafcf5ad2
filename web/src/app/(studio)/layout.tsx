import type { ReactNode } from 'react';
import { Toaster } from '@/components/ui/toaster';
import { BackgroundRunsProvider } from '@/components/studio/background-runs';

/**
 * The signed-in pages (projects and their studios, Analytics, Settings) share the toasts
 * and the follower of runs left going in a studio, so a result that lands while the person
 * is elsewhere still says so.
 */
export default function SignedInLayout({ children }: { children: ReactNode }) {
  return (
    <BackgroundRunsProvider>
      {children}
      <Toaster />
    </BackgroundRunsProvider>
  );
}
