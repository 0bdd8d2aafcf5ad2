'use client';

import { useCallback, useId, useRef } from 'react';
import { Lightbulb } from 'lucide-react';
import { useRemix } from '@/hooks/use-remix';
import { useStudioForm, type StudioForm } from '@/hooks/use-studio-form';
import { settingsSummary, useStudioActions } from './generation-studio';
import { MusicTracks } from './music-tracks';
import { ParameterControls } from './parameter-controls';
import { PromptForm } from './prompt-form';
import { StudioSettings } from './studio-settings';

/** Shown by the prompt: genre, mood and length are what a track is about. */
const BY_THE_PROMPT = ['genre', 'mood', 'durationSeconds'];

const EXAMPLES: Array<{ label: string; prompt: string; values: Record<string, unknown> }> = [
  { label: 'Lo-fi study', prompt: 'Warm lo-fi beat with rhodes and vinyl crackle for a late-night study session', values: { genre: 'lo-fi', mood: 'calm' } },
  { label: 'Synthwave drive', prompt: 'Upbeat synthwave drive along a neon coastline at night', values: { genre: 'electronic', mood: 'energetic' } },
  { label: 'Piano lullaby', prompt: 'Gentle piano lullaby with music-box bells, slow, no drums', values: { genre: 'classical', mood: 'calm' } },
  { label: 'Epic sunrise', prompt: 'Epic cinematic brass theme for a sunrise over the mountains', values: { genre: 'cinematic', mood: 'epic' } },
  { label: 'Jazz café', prompt: 'Swing jazz trio with sax for a cosy café, relaxed', values: { genre: 'jazz', mood: 'romantic' } },
];

function Examples({ form }: { form: StudioForm }) {
  const names = new Set(form.fields.map((field) => field.name));
  return (
    <div className="flex flex-wrap items-center gap-1.5 pt-1">
      <span className="text-xs text-muted-foreground">Try:</span>
      {EXAMPLES.map((example) => (
        <button
          key={example.label}
          type="button"
          onClick={() => {
            form.setPrompt(example.prompt);
            // Only the settings this model has; another model keeps its own.
            form.setValues(Object.fromEntries(Object.entries(example.values).filter(([name]) => names.has(name))));
          }}
          className="rounded-full border bg-card px-2.5 py-1 text-xs font-medium hover:bg-muted focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
          title={example.prompt}
        >
          {example.label}
        </button>
      ))}
    </div>
  );
}

const TIPS = (
  <span className="inline-flex gap-1.5">
    <Lightbulb aria-hidden="true" className="mt-px size-3.5 shrink-0" />
    <span>
      Name instruments (piano, guitar, flute, sax, synth, brass), a tempo (slow, upbeat) and a feel. “No drums”, “vinyl”, “waltz” and
      “swing” work too.
    </span>
  </span>
);

/**
 * The music tab: a prompt with tips and examples, genre and mood as chips, the length from
 * 15 s to 2 min; beside it, the project's tracks with a player, a waveform to seek in,
 * favourites, download and share.
 */
export function MusicStudio({ remixId }: { remixId?: string }) {
  const form = useStudioForm('music');
  const promptRef = useRef<HTMLTextAreaElement>(null);
  const headingId = useId();
  const focusPrompt = useCallback(() => {
    promptRef.current?.focus();
    promptRef.current?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, []);
  useRemix(remixId, form.applyGeneration, focusPrompt);
  const { onRemix, onRetry } = useStudioActions(form, focusPrompt);
  const byThePrompt = form.fields.filter((field) => BY_THE_PROMPT.includes(field.name));

  return (
    <div className="grid gap-6 lg:grid-cols-[26rem_minmax(0,1fr)] lg:items-start">
      <div className="grid gap-4 lg:sticky lg:top-20">
        <PromptForm
          form={form}
          type="music"
          label="Describe the track"
          placeholder="Warm lo-fi beat with rhodes and vinyl crackle for a late-night study session"
          promptRef={promptRef}
          tips={TIPS}
          examples={<Examples form={form} />}
          className="rounded-xl border bg-card p-4 shadow-xs"
        >
          {byThePrompt.length > 0 ? (
            <ParameterControls fields={byThePrompt} values={form.values} errors={form.errors} onChange={form.setValue} />
          ) : null}
        </PromptForm>
        <StudioSettings form={form} summary={settingsSummary(form)} exclude={BY_THE_PROMPT} />
      </div>
      <MusicTracks headingId={headingId} onRemix={onRemix} onRetry={onRetry} />
    </div>
  );
}
