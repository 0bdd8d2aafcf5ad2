import '@fontsource-variable/inter';
import './globals.css';
import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { Announcer } from '@/components/announcer';
import { FooterContainer } from '@/components/header-container';
import { SiteHeader } from '@/components/site-header';
import { ThemeScript } from '@/components/settings/theme-script';

export const metadata: Metadata = {
  title: { default: 'MediaLab', template: '%s · MediaLab' },
  description:
    'An open-source AI media workspace: text, images, video, speech and music with your own provider keys, or offline with the built-in provider.',
};

export const viewport: Viewport = {
  colorScheme: 'light dark',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fcfcfd' },
    { media: '(prefers-color-scheme: dark)', color: '#17161c' },
  ],
};

// The header reads the session cookie, so every page renders per request. That is also
// what the nonce-based CSP from proxy.ts needs: Next.js can only put the nonce on its
// scripts when it renders the page for that request.
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The theme script sets data-theme on <html> before React hydrates it.
    <html lang="en" suppressHydrationWarning>
      <body className="flex min-h-dvh flex-col font-sans">
        <ThemeScript />
        <a
          href="#main"
          className="sr-only rounded-md bg-primary px-3 py-2 text-sm font-medium text-primary-foreground focus:not-sr-only focus:fixed focus:left-4 focus:top-3 focus:z-50"
        >
          Skip to content
        </a>
        <Announcer>
          <SiteHeader />
          <main id="main" className="flex flex-1 flex-col">
            {children}
          </main>
          <footer className="border-t">
            <FooterContainer>
              <span>MediaLab · open source under the MIT licence</span>
              <span>Your keys, your media, your machine.</span>
            </FooterContainer>
          </footer>
        </Announcer>
      </body>
    </html>
  );
}
