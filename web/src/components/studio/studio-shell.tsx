'use client';

import { useEffect, useState, type ReactNode } from 'react';
import Link from 'next/link';
import { ArrowLeft } from 'lucide-react';
import type { Project } from '@/lib/schemas/project';
import { ShareProvider } from '@/components/assets/share-dialog';
import { MiniPlayer } from '@/components/player/mini-player';
import { PlayerProvider } from '@/components/player/player-provider';
import { ProjectActions } from '@/components/projects/project-actions';
import { AssetsProvider } from './assets-provider';
import { CatalogProvider } from './catalog-provider';
import { GenerationsProvider } from './generations-provider';
import { StudioNav } from './studio-nav';

/**
 * Everything the studio's pages share, kept in the project's layout so it lives while the
 * person moves between tabs: the catalog, the generations followed live, the assets, the
 * player and its bar, the share dialog and the toasts.
 */
export function StudioShell({ project, children }: { project: Project; children: ReactNode }) {
  const [playerHeight, setPlayerHeight] = useState(0);

  // The page (and the app's announcements) keep clear of the player bar.
  useEffect(() => {
    document.body.style.paddingBottom = playerHeight ? `${playerHeight}px` : '';
    document.documentElement.style.setProperty('--bottom-inset', `${playerHeight}px`);
    return () => {
      document.body.style.paddingBottom = '';
      document.documentElement.style.removeProperty('--bottom-inset');
    };
  }, [playerHeight]);

  return (
    <CatalogProvider>
      <AssetsProvider>
        <GenerationsProvider projectId={project.id}>
          <PlayerProvider>
            <ShareProvider>
              <div className="mx-auto w-full max-w-7xl px-4 pt-5 sm:px-6 sm:pt-6">
                <Link
                  href="/projects"
                  className="mb-3 inline-flex items-center gap-1.5 rounded-sm text-sm text-muted-foreground hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2 focus-visible:ring-offset-background"
                >
                  <ArrowLeft aria-hidden="true" className="size-4" />
                  All projects
                </Link>
                <div className="mb-4 flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
                  <div className="min-w-0">
                    <h1 className="break-words text-2xl font-semibold tracking-tight">{project.name}</h1>
                    {project.description ? (
                      <p className="mt-1 line-clamp-2 whitespace-pre-line break-words text-sm text-muted-foreground" title={project.description}>
                        {project.description}
                      </p>
                    ) : null}
                  </div>
                  <ProjectActions project={project} />
                </div>
                <StudioNav projectId={project.id} />
                <div className="py-6">{children}</div>
              </div>
              <MiniPlayer onHeightChange={setPlayerHeight} />
            </ShareProvider>
          </PlayerProvider>
        </GenerationsProvider>
      </AssetsProvider>
    </CatalogProvider>
  );
}
