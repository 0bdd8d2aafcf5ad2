import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Download } from 'lucide-react';
import { getEnv } from '@/lib/env';
import { findSharedAsset } from '@/lib/assets/shared';
import { buttonVariants } from '@/components/ui/button';
import { SharedAudioPlayer } from '@/components/share/shared-audio-player';

type Props = { params: Promise<{ token: string }> };

async function origin(): Promise<string> {
  const configured = getEnv().NEXT_PUBLIC_APP_URL;
  if (configured) return configured;
  const list = await headers();
  const host = list.get('x-forwarded-host') ?? list.get('host') ?? 'localhost:3000';
  return `${list.get('x-forwarded-proto') ?? 'http'}://${host}`;
}

function title(asset: { name: string; prompt: string | null }): string {
  return asset.prompt ? asset.prompt.slice(0, 80) : asset.name;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { token } = await params;
  const asset = await findSharedAsset(token);
  if (!asset) return { title: 'Link not found' };
  const base = await origin();
  const content = `${base}/api/share/${token}/content`;
  const image = asset.asset_type === 'image' ? content : asset.preview_key ? `${content}?preview=1` : undefined;
  return {
    title: title(asset),
    description: `Made with MediaLab${asset.prompt ? `: ${asset.prompt.slice(0, 160)}` : ''}`,
    robots: { index: false },
    openGraph: {
      title: title(asset),
      type: asset.asset_type === 'video' ? 'video.other' : asset.asset_type === 'audio' ? 'music.song' : 'website',
      url: `${base}/s/${token}`,
      ...(image ? { images: [{ url: image, width: asset.width ?? undefined, height: asset.height ?? undefined }] } : {}),
      ...(asset.asset_type === 'audio' ? { audio: [{ url: content, type: asset.mime_type }] } : {}),
      ...(asset.asset_type === 'video'
        ? { videos: [{ url: content, type: asset.mime_type, width: asset.width ?? undefined, height: asset.height ?? undefined }] }
        : {}),
    },
  };
}

/** The public page of a share link: the asset with its title, no login. */
export default async function SharedAssetPage({ params }: Props) {
  const { token } = await params;
  const asset = await findSharedAsset(token);
  if (!asset) notFound();
  const content = `/api/share/${token}/content`;
  const heading = title(asset);
  const ratio = asset.width && asset.height ? asset.width / asset.height : 16 / 9;
  return (
    <div className="mx-auto flex w-full max-w-3xl flex-col gap-6 px-4 py-10 sm:px-6">
      <header>
        <p className="text-sm text-muted-foreground">Shared from MediaLab</p>
        <h1 className="mt-1 break-words text-2xl font-semibold tracking-tight">{heading}</h1>
        {asset.prompt && asset.prompt.length > heading.length ? (
          <p className="mt-2 whitespace-pre-line break-words text-sm text-muted-foreground">{asset.prompt}</p>
        ) : null}
      </header>
      <div className="overflow-hidden rounded-xl border bg-card p-3 shadow-xs sm:p-4">
        {asset.asset_type === 'image' && (
          // eslint-disable-next-line @next/next/no-img-element -- served by our own API with its own caching
          <img
            src={content}
            alt={asset.prompt ?? asset.name}
            width={asset.width ?? undefined}
            height={asset.height ?? undefined}
            className="h-auto w-full rounded-lg bg-muted"
            style={{ aspectRatio: ratio }}
          />
        )}
        {asset.asset_type === 'video' && (
          <video
            controls
            playsInline
            src={content}
            poster={asset.preview_key ? `${content}?preview=1` : undefined}
            width={asset.width ?? undefined}
            height={asset.height ?? undefined}
            className="h-auto w-full rounded-lg bg-black"
            style={{ aspectRatio: ratio }}
          />
        )}
        {asset.asset_type === 'audio' && (
          <SharedAudioPlayer
            id={asset.id}
            src={content}
            title={heading}
            peaks={asset.peaks}
            durationSeconds={asset.duration_seconds === null ? null : Number(asset.duration_seconds)}
          />
        )}
        {asset.asset_type === 'text' && (
          <p className="p-2 text-sm">
            <a className="font-medium text-primary underline-offset-4 hover:underline" href={content}>
              Open the text
            </a>
          </p>
        )}
      </div>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <a className={buttonVariants({ variant: 'outline' })} href={`${content}?download=1`}>
          <Download aria-hidden="true" />
          Download
        </a>
        <p className="text-xs text-muted-foreground">
          Made with{' '}
          <Link href="/" className="font-medium text-foreground underline-offset-4 hover:underline">
            MediaLab
          </Link>
          , an open-source AI media workspace.
        </p>
      </div>
    </div>
  );
}
