import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { SettingsNav } from '@/components/settings/settings-nav';

export const metadata: Metadata = { title: { default: 'Settings', template: '%s · Settings · MediaLab' } };

/** Every settings page: the heading and the sections' navigation. Each page checks the session itself. */
export default function SettingsLayout({ children }: { children: ReactNode }) {
  return (
    <div className="mx-auto w-full max-w-5xl px-4 py-8 sm:px-6 sm:py-10">
      <div className="mb-6 sm:mb-8">
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">Settings</h1>
        <p className="mt-1 text-sm text-muted-foreground">Your account, provider keys, default models, spending limit and how MediaLab looks.</p>
      </div>
      <div className="grid items-start gap-6 md:grid-cols-[12rem_minmax(0,1fr)] md:gap-10">
        <SettingsNav />
        <div className="min-w-0">{children}</div>
      </div>
    </div>
  );
}
