import { StudioPageSkeleton } from '@/components/studio/studio-page-skeleton';

/** Shown at once when moving between the studio's tabs, while the page comes from the server. */
export default function StudioLoading() {
  return <StudioPageSkeleton />;
}
