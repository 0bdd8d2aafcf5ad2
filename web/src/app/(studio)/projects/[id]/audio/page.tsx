import type { Metadata } from 'next';
import { GenerationStudio } from '@/components/studio/generation-studio';
import { remixParam, type StudioPageProps } from '@/components/studio/studio-page-props';

export const metadata: Metadata = { title: 'Audio' };

export default async function AudioStudioPage({ searchParams }: StudioPageProps) {
  return <GenerationStudio type="audio" remixId={remixParam(await searchParams)} />;
}
