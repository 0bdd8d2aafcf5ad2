import type { Metadata } from 'next';
import { MusicStudio } from '@/components/studio/music-studio';
import { remixParam, type StudioPageProps } from '@/components/studio/studio-page-props';

export const metadata: Metadata = { title: 'Music' };

export default async function MusicStudioPage({ searchParams }: StudioPageProps) {
  return <MusicStudio remixId={remixParam(await searchParams)} />;
}
