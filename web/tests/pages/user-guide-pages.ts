import fs from 'node:fs';
import { unzipSync } from 'fflate';
import type { Locator, Page } from '@playwright/test';

/** The scenario headings of docs/user-guide.md: "Scenario 1 — Sign up and log in", … */
export function guideScenarioTitles(guidePath: string): string[] {
  const text = fs.readFileSync(guidePath, 'utf8');
  return [...text.matchAll(/^### (Scenario \d+ — .+?)\s*$/gm)].map((match) => match[1]!);
}

/** The titles of the `test('Scenario N — …')` calls (fixme included) in a spec file's source. */
export function specScenarioTitles(specPath: string): string[] {
  const source = fs.readFileSync(specPath, 'utf8');
  return [...source.matchAll(/\btest(?:\.fixme)?\(\s*'(Scenario \d+ — [^']+)'/g)].map((match) => match[1]!);
}

/** /s/:token, the public page of a share link, as someone without an account sees it. */
export class SharedAssetPage {
  readonly byline: Locator;
  readonly downloadLink: Locator;
  readonly notFoundHeading: Locator;

  constructor(readonly page: Page) {
    this.byline = page.getByText('Shared from MediaLab', { exact: true });
    this.downloadLink = page.getByRole('link', { name: 'Download' });
    this.notFoundHeading = page.getByRole('heading', { level: 1, name: 'Page not found' });
  }

  heading(title: string): Locator {
    return this.page.getByRole('heading', { level: 1, name: title });
  }
}

/** The names of the files in a ZIP archive, in order. */
export function zipEntryNames(zip: Buffer): string[] {
  return Object.keys(unzipSync(new Uint8Array(zip)));
}
