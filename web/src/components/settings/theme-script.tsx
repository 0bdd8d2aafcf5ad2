import { headers } from 'next/headers';
import { THEME_SCRIPT } from './theme';

/**
 * The inline script that applies the stored theme before the first paint. It belongs at
 * the top of the root layout's <body>; it carries the request's CSP nonce (set by proxy.ts).
 */
export async function ThemeScript() {
  const nonce = (await headers()).get('x-nonce') ?? undefined;
  return <script nonce={nonce} dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />;
}
