import type { LucideIcon } from 'lucide-react';
import { EighthNotes, FileText, FolderOpen, ImageIcon, KeyRound, Mic, Video, WifiOff } from 'lucide-react';

type Feature = { icon: LucideIcon; title: string; text: string };

const MEDIA: Feature[] = [
  { icon: FileText, title: 'Text', text: 'Drafts, scripts and captions, streamed as they are written.' },
  { icon: ImageIcon, title: 'Images', text: 'Concept art, thumbnails and variations from a prompt.' },
  { icon: Video, title: 'Video', text: 'Short clips for storyboards and social posts.' },
  { icon: Mic, title: 'Speech', text: 'Narration and voice-overs from your script.' },
  { icon: EighthNotes, title: 'Music', text: 'Background tracks by genre, mood and length.' },
];

const PRINCIPLES: Feature[] = [
  {
    icon: KeyRound,
    title: 'Bring your own keys',
    text: 'Connect the providers you already use. Keys stay on the server and are never shown again after you save them.',
  },
  {
    icon: WifiOff,
    title: 'Works offline',
    text: 'The built-in provider needs no key and no network, so you can try every kind of media straight away.',
  },
  {
    icon: FolderOpen,
    title: 'Organised in projects',
    text: 'Prompts, generations and the files they produce stay together, one project per piece of work.',
  },
];

export function MediaTypes() {
  return (
    <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
      {MEDIA.map(({ icon: Icon, title, text }) => (
        <li key={title} className="rounded-xl border bg-card p-4 shadow-xs last:col-span-2 sm:last:col-span-1">
          <Icon aria-hidden="true" className="mb-3 size-5 text-primary" />
          <h3 className="font-medium">{title}</h3>
          <p className="mt-1 text-sm text-muted-foreground">{text}</p>
        </li>
      ))}
    </ul>
  );
}

export function Principles() {
  return (
    <ul className="grid gap-6 sm:grid-cols-3">
      {PRINCIPLES.map(({ icon: Icon, title, text }) => (
        <li key={title} className="flex gap-3">
          <span className="flex size-9 shrink-0 items-center justify-center rounded-lg bg-accent text-accent-foreground">
            <Icon aria-hidden="true" className="size-4" />
          </span>
          <div>
            <h3 className="font-medium">{title}</h3>
            <p className="mt-1 text-sm text-muted-foreground">{text}</p>
          </div>
        </li>
      ))}
    </ul>
  );
}
