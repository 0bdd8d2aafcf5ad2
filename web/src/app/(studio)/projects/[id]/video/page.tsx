import type { Metadata } from 'next';
import { GenerationStudio } from '@/components/studio/generation-studio';
import { remixParam, type StudioPageProps } from '@/components/studio/studio-page-props';

export const metadata: Metadata = { title: 'Video' };

export default async function VideoStudioPage({ searchParams }: StudioPageProps) {
  return <GenerationStudio type="video" remixId={remixParam(await searchParams)} />;
}
