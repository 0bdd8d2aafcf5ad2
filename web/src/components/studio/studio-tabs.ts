import { AudioLines, Clapperboard, Image as ImageIcon, LibraryBig, Music, Type, type LucideIcon } from 'lucide-react';
import type { GenerationType } from './catalog-types';

export type StudioTabKey = GenerationType | 'library';

export type StudioTab = { key: StudioTabKey; label: string; segment: string; icon: LucideIcon };

/** The studio's pages, in the order of the tab bar. Image is the project's own page. */
export const STUDIO_TABS: StudioTab[] = [
  { key: 'text', label: 'Text', segment: 'text', icon: Type },
  { key: 'image', label: 'Image', segment: '', icon: ImageIcon },
  { key: 'video', label: 'Video', segment: 'video', icon: Clapperboard },
  { key: 'audio', label: 'Audio', segment: 'audio', icon: AudioLines },
  { key: 'music', label: 'Music', segment: 'music', icon: Music },
  { key: 'library', label: 'Library', segment: 'library', icon: LibraryBig },
];

export function studioPath(projectId: string, tab: StudioTabKey): string {
  const segment = STUDIO_TABS.find((candidate) => candidate.key === tab)?.segment ?? '';
  return segment ? `/projects/${projectId}/${segment}` : `/projects/${projectId}`;
}

/** The studio form of the generation's type, filled in with its prompt and settings. */
export function remixPath(projectId: string, type: GenerationType, generationId: string): string {
  return `${studioPath(projectId, type)}?remix=${generationId}`;
}
