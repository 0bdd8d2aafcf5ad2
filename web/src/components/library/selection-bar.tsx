'use client';

import { Download, Trash2 } from 'lucide-react';
import { Button } from '@/components/ui/button';

type Props = {
  count: number;
  /** How many tiles are loaded: "Select all loaded" is done when all of them are chosen. */
  loaded: number;
  /** The ZIP being fetched: its progress (0–1), or null when idle. */
  downloadProgress: number | null;
  onSelectAll: () => void;
  onDownload: () => void;
  onDelete: () => void;
  onClear: () => void;
};

/**
 * The bar of select mode, kept at the bottom of the screen above the player: how many are
 * chosen (said aloud as it changes) and what to do with them.
 */
export function SelectionBar({ count, loaded, downloadProgress, onSelectAll, onDownload, onDelete, onClear }: Props) {
  const none = count === 0;
  const downloading = downloadProgress !== null;
  return (
    <div
      role="region"
      aria-label="Selection"
      className="sticky bottom-[calc(1rem+var(--bottom-inset,0px))] z-30 flex flex-wrap items-center gap-2 rounded-xl border bg-card/95 p-2 shadow-lg backdrop-blur supports-[backdrop-filter]:bg-card/85 sm:flex-nowrap"
    >
      <div className="flex min-w-0 flex-1 items-center gap-2">
        <p aria-live="polite" aria-atomic="true" className="whitespace-nowrap px-2 text-sm font-medium tabular-nums">
          {count} selected
        </p>
        <Button variant="ghost" size="sm" onClick={onSelectAll} disabled={count === loaded} className="ml-auto sm:ml-0">
          Select all loaded
        </Button>
      </div>
      <div className="flex w-full items-center gap-1.5 sm:w-auto">
        <Button variant="outline" size="sm" onClick={onDownload} disabled={none && !downloading} pending={downloading} className="flex-1 sm:flex-none">
          {downloading ? null : <Download aria-hidden="true" />}
          {downloading ? `Zipping… ${Math.round(downloadProgress * 100)}%` : 'Download .zip'}
        </Button>
        <Button
          variant="outline"
          size="sm"
          onClick={onDelete}
          disabled={none}
          className="flex-1 text-destructive hover:bg-destructive/10 hover:text-destructive sm:flex-none"
        >
          <Trash2 aria-hidden="true" />
          Delete
        </Button>
        <Button variant="ghost" size="sm" onClick={onClear} disabled={none} className="flex-1 sm:flex-none">
          Clear
        </Button>
      </div>
    </div>
  );
}
