import { GenerationStudio } from '@/components/studio/generation-studio';
import { remixParam, type StudioPageProps } from '@/components/studio/studio-page-props';

/** The project's own page is the image studio. */
export default async function ImageStudioPage({ searchParams }: StudioPageProps) {
  return <GenerationStudio type="image" remixId={remixParam(await searchParams)} />;
}
