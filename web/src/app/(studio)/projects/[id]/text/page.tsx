import type { Metadata } from 'next';
import { GenerationStudio } from '@/components/studio/generation-studio';
import { remixParam, type StudioPageProps } from '@/components/studio/studio-page-props';

export const metadata: Metadata = { title: 'Text' };

export default async function TextStudioPage({ searchParams }: StudioPageProps) {
  return <GenerationStudio type="text" remixId={remixParam(await searchParams)} />;
}
