'use client';

import { useCallback, useId, useRef } from 'react';
import { AudioLines, Clapperboard, Image as ImageIcon, Music, Type, type LucideIcon } from 'lucide-react';
import { toast } from 'sonner';
import type { Generation } from '@/lib/schemas/generation';
import { useAnnounce } from '@/hooks/use-announce';
import { useGenerations } from '@/hooks/use-generations';
import { useRemix } from '@/hooks/use-remix';
import { useStudioForm, type StudioForm } from '@/hooks/use-studio-form';
import type { GenerationType } from './catalog-types';
import { summarizeParameters } from './generation-card';
import { GenerationFeed } from './generation-feed';
import { PromptForm, requestParameters } from './prompt-form';
import { StudioSettings } from './studio-settings';

type Copy = { label: string; placeholder: string; tips: string; empty: { icon: LucideIcon; title: string; text: string } };

export const STUDIO_COPY: Record<GenerationType, Copy> = {
  text: {
    label: 'Prompt',
    placeholder: 'Ask for a draft, a summary, a script, a list of ideas…',
    tips: 'Say who it is for, how long it should be and in what tone. The answer streams in as it is written.',
    empty: { icon: Type, title: 'No text yet', text: 'Write a prompt above and press Generate; the answer appears here as it is written.' },
  },
  image: {
    label: 'Describe the image',
    placeholder: 'A lighthouse on a cliff at dusk, soft pastel sky, calm sea…',
    tips: 'Name the subject, the place, the light and the colours. The built-in provider makes abstract art and landscapes.',
    empty: {
      icon: ImageIcon,
      title: 'No images yet',
      text: 'Describe a picture above and press Generate. The built-in provider draws it on this server, free and offline.',
    },
  },
  video: {
    label: 'Describe the clip',
    placeholder: 'Drifting clouds over rolling hills at sunrise…',
    tips: 'Describe the scene and its motion. Short clips render fastest.',
    empty: { icon: Clapperboard, title: 'No videos yet', text: 'Describe a scene above and press Generate to make a short clip.' },
  },
  audio: {
    label: 'Text to speak',
    placeholder: 'Welcome to the show. Today we talk about…',
    tips: 'Write the words exactly as they should be spoken; punctuation sets the pauses.',
    empty: { icon: AudioLines, title: 'No audio yet', text: 'Type what to say above, pick a voice in Settings, and press Generate.' },
  },
  music: {
    label: 'Describe the track',
    placeholder: 'Warm lo-fi beat with rhodes and vinyl crackle for a late-night study session',
    tips: 'Name instruments, tempo and feel.',
    empty: { icon: Music, title: 'No tracks yet', text: 'Describe a track and press Generate.' },
  },
};

/** "Composer · Jazz · Calm · 45 s": what the folded settings hold. */
export function settingsSummary(form: StudioForm): string {
  return [form.model?.name, ...summarizeParameters(requestParameters(form.values))].filter(Boolean).join(' · ');
}

/** The common handlers of a studio tab: remix into the form, and run a generation again. */
export function useStudioActions(form: StudioForm, focusPrompt: () => void) {
  const { submit } = useGenerations();
  const announce = useAnnounce();
  const onRemix = useCallback(
    (generation: Generation) => {
      form.applyGeneration(generation);
      focusPrompt();
      announce('The form is filled in from that generation. Change what you like and generate.');
    },
    [form, focusPrompt, announce],
  );
  const onRetry = useCallback(
    async (generation: Generation) => {
      const result = await submit({
        generationType: generation.generationType,
        provider: generation.provider,
        model: generation.model,
        prompt: generation.prompt,
        parameters: generation.parameters,
      });
      if (!result.ok) toast.error('Could not start it again', { description: result.error.message });
      else announce('Started again.');
    },
    [submit, announce],
  );
  return { onRemix, onRetry };
}

/**
 * A studio tab for one type of media: the prompt and Generate, the settings from the
 * model's schema, and the results, live.
 */
export function GenerationStudio({ type, remixId }: { type: GenerationType; remixId?: string }) {
  const form = useStudioForm(type);
  const promptRef = useRef<HTMLTextAreaElement>(null);
  const feedHeadingId = useId();
  const copy = STUDIO_COPY[type];
  const focusPrompt = useCallback(() => {
    promptRef.current?.focus();
    promptRef.current?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, []);
  useRemix(remixId, form.applyGeneration, focusPrompt);
  const { onRemix, onRetry } = useStudioActions(form, focusPrompt);

  return (
    <div className="grid gap-6 lg:grid-cols-[20rem_minmax(0,1fr)] lg:grid-rows-[auto_1fr] lg:items-start">
      <PromptForm
        form={form}
        type={type}
        label={copy.label}
        placeholder={copy.placeholder}
        promptRef={promptRef}
        tips={copy.tips}
        className="rounded-xl border bg-card p-4 shadow-xs lg:col-start-2 lg:row-start-1"
      />
      <StudioSettings form={form} summary={settingsSummary(form)} className="lg:sticky lg:top-20 lg:col-start-1 lg:row-span-2 lg:row-start-1 lg:max-h-[calc(100dvh-6rem)] lg:overflow-y-auto" />
      <div className="min-w-0 lg:col-start-2 lg:row-start-2">
        <GenerationFeed type={type} headingId={feedHeadingId} empty={copy.empty} onRemix={onRemix} onRetry={onRetry} />
      </div>
    </div>
  );
}
