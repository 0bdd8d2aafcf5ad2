'use client';

import { createContext, useCallback, useState, type ReactNode } from 'react';
import { Check, Copy, ExternalLink, Link2, Link2Off } from 'lucide-react';
import type { Asset } from '@/lib/schemas/asset';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { FormError } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { ToggleGroup, ToggleGroupItem } from '@/components/ui/toggle-group';
import { LocalTime } from '@/components/local-time';
import { assetTitle } from '@/components/studio/format';
import { useAnnounce } from '@/hooks/use-announce';
import { useApiRequest } from '@/hooks/use-api-request';

export const ShareContext = createContext<((asset: Asset) => void) | null>(null);

type ShareLink = { token: string; url: string; expiresAt: string | null };

const EXPIRY_OPTIONS = [
  { value: '1', label: '1 hour' },
  { value: '24', label: '1 day' },
  { value: '168', label: '7 days' },
  { value: '720', label: '30 days' },
  { value: 'never', label: 'Never' },
] as const;

function ShareDialog({ asset, onClose }: { asset: Asset | null; onClose: () => void }) {
  const announce = useAnnounce();
  const creator = useApiRequest();
  const revoker = useApiRequest();
  const [expiry, setExpiry] = useState('168');
  const [link, setLink] = useState<ShareLink | null>(null);
  const [copied, setCopied] = useState(false);
  const [revoked, setRevoked] = useState(false);

  function close() {
    creator.reset();
    revoker.reset();
    setLink(null);
    setCopied(false);
    setRevoked(false);
    onClose();
  }

  async function create() {
    if (!asset || creator.pending) return;
    const result = await creator.send<ShareLink>(`/api/assets/${asset.id}/share`, {
      method: 'POST',
      body: expiry === 'never' ? {} : { expiresInHours: Number(expiry) },
    });
    if (!result.ok) return;
    setLink(result.data);
    setRevoked(false);
    setCopied(false);
    announce('Link created. Copy it to share the file.');
  }

  async function copy() {
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link.url);
      setCopied(true);
      announce('Link copied.');
    } catch {
      const input = document.getElementById('share-link-url') as HTMLInputElement | null;
      input?.select();
      announce('The link is selected: press Ctrl+C (or ⌘C) to copy it.');
    }
  }

  async function revoke() {
    if (!asset || revoker.pending) return;
    const result = await revoker.send(`/api/assets/${asset.id}/share`, { method: 'DELETE' });
    if (!result.ok) return;
    setLink(null);
    setRevoked(true);
    announce('Every link to this file has stopped working.');
  }

  return (
    <Dialog
      open={asset !== null}
      onOpenChange={(open) => (open ? undefined : close())}
      busy={creator.pending || revoker.pending}
      title={asset ? `Share “${assetTitle(asset.name)}”` : 'Share'}
      description="Anyone with the link can open and download this file, without an account. You can revoke it at any time."
      className="max-w-lg"
    >
      <div className="grid gap-5">
        <FormError message={creator.error?.message ?? revoker.error?.message} />
        <div className="grid gap-2">
          <span id="share-expiry-label" className="text-sm font-medium">
            Link expires after
          </span>
          <ToggleGroup type="single" value={expiry} onValueChange={(value) => value && setExpiry(value)} aria-labelledby="share-expiry-label">
            {EXPIRY_OPTIONS.map((option) => (
              <ToggleGroupItem key={option.value} value={option.value}>
                {option.label}
              </ToggleGroupItem>
            ))}
          </ToggleGroup>
        </div>

        {link ? (
          <div className="grid gap-2 rounded-lg border bg-muted/40 p-3">
            <label htmlFor="share-link-url" className="text-sm font-medium">
              Share link
            </label>
            <div className="flex gap-2">
              <Input id="share-link-url" readOnly value={link.url} onFocus={(event) => event.currentTarget.select()} className="h-9 font-mono text-xs" />
              <Button size="sm" onClick={copy} aria-label={copied ? 'Copied' : 'Copy link'}>
                {copied ? <Check aria-hidden="true" /> : <Copy aria-hidden="true" />}
                <span className="hidden sm:inline">{copied ? 'Copied' : 'Copy'}</span>
              </Button>
            </div>
            <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-muted-foreground">
              <span>{link.expiresAt ? <>Works until <LocalTime iso={link.expiresAt} /></> : 'Works until you revoke it'}</span>
              <a href={link.url} target="_blank" rel="noreferrer" className="inline-flex items-center gap-1 font-medium text-primary hover:underline">
                Open <ExternalLink aria-hidden="true" className="size-3" />
              </a>
            </p>
          </div>
        ) : revoked ? (
          <p className="rounded-lg border bg-muted/40 p-3 text-sm">Every link to this file has stopped working. Create a new one to share it again.</p>
        ) : null}

        <div className="flex flex-col-reverse gap-2 border-t pt-4 sm:flex-row sm:items-center sm:justify-between">
          <Button
            variant="ghost"
            size="sm"
            onClick={revoke}
            pending={revoker.pending}
            className="text-destructive hover:bg-destructive/10 hover:text-destructive"
          >
            {revoker.pending ? null : <Link2Off aria-hidden="true" />}
            Revoke all links
          </Button>
          <Button onClick={create} pending={creator.pending}>
            {creator.pending ? null : <Link2 aria-hidden="true" />}
            {link ? 'Create another link' : 'Create link'}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}

/** One share dialog for the studio: `useShare()(asset)` opens it from anywhere, the lightbox too. */
export function ShareProvider({ children }: { children: ReactNode }) {
  const [asset, setAsset] = useState<Asset | null>(null);
  const open = useCallback((next: Asset) => setAsset(next), []);
  return (
    <ShareContext.Provider value={open}>
      {children}
      <ShareDialog asset={asset} onClose={() => setAsset(null)} />
    </ShareContext.Provider>
  );
}
