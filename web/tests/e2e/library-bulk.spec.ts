import fs from 'node:fs';
import { unzipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { createProjectViaApi, expect, generateViaApi, test } from '../fixtures';
import type { LibraryPage } from '../pages/library-page';
import type { StudioPage } from '../pages/studio-page';

const FOG = 'Lighthouse in fog';
const PIANO = 'Calm piano loop';
const KITE = 'Red kite over hills';

/** Three files, oldest first (the library shows the kite first). */
async function seedLibrary(page: Page, name: string): Promise<string> {
  const projectId = await createProjectViaApi(page, name);
  await generateViaApi(page, projectId, { generationType: 'image', model: 'procedural-image', prompt: FOG, parameters: { width: 320, height: 240 } });
  await generateViaApi(page, projectId, {
    generationType: 'music',
    model: 'music',
    prompt: PIANO,
    parameters: { genre: 'ambient', mood: 'calm', durationSeconds: 15 },
  });
  await generateViaApi(page, projectId, { generationType: 'image', model: 'procedural-image', prompt: KITE, parameters: { width: 320, height: 240 } });
  return projectId;
}

async function assetCount(page: Page, projectId: string): Promise<number> {
  return ((await (await page.request.get(`/api/assets?projectId=${projectId}`)).json()) as { items: unknown[] }).items.length;
}

/** The whole flow: select by keyboard and mouse, download the ZIP, delete with Undo, then for real. */
async function bulkFlow(page: Page, library: LibraryPage, studio: StudioPage, projectId: string, shot: (name: string) => Promise<void>) {
  await studio.goto(projectId, '/library');
  await expect(library.tiles).toHaveCount(3);
  await library.selectButton.click();
  await expect(library.selectionBar).toBeVisible();
  await expect(library.selectionCount).toHaveText('0 selected');
  await expect(library.barButton('Download .zip')).toBeDisabled();

  // Two by keyboard: Space on a checkbox, Tab to the next one. The focus ring shows.
  const kite = library.checkbox(KITE);
  await kite.focus();
  await page.keyboard.press('Space');
  await expect(kite).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(library.checkbox(PIANO)).toBeFocused();
  expect(await library.checkbox(PIANO).evaluate((element) => getComputedStyle(element).boxShadow)).not.toBe('none');
  await page.keyboard.press('Space');
  await expect(library.checkbox(PIANO)).toBeChecked();
  await expect(library.selectionCount).toHaveText('2 selected');
  // One by mouse: a click on the tile selects it instead of opening the lightbox.
  await library.selectableTile(FOG).locator('label').click();
  await expect(library.checkbox(FOG)).toBeChecked();
  await expect(library.lightbox).toBeHidden();
  await expect(library.selectionCount).toHaveText('3 selected');
  await expect(library.selectableTile(FOG)).toHaveAttribute('data-selected', 'true');
  await shot('select-mode');

  // The ZIP: the browser saves it under the server's name, with one file per asset.
  const downloading = page.waitForEvent('download');
  await library.barButton('Download .zip').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('medialab-3-assets.zip');
  const files = unzipSync(new Uint8Array(fs.readFileSync(await download.path())));
  expect(Object.keys(files).sort()).toEqual(['calm-piano-loop.wav', 'lighthouse-in-fog.png', 'red-kite-over-hills.png']);
  expect(Buffer.from(files['red-kite-over-hills.png']!.subarray(1, 4)).toString('latin1')).toBe('PNG');
  expect(Buffer.from(files['calm-piano-loop.wav']!.subarray(0, 4)).toString('latin1')).toBe('RIFF');
  await expect(studio.announcement.filter({ hasText: 'Downloaded 3 files as medialab-3-assets.zip.' })).toBeVisible();
  await expect(library.barButton('Download .zip')).toBeEnabled();

  // Delete two, then Undo: they come back, and stay after a reload.
  await library.barButton('Clear').click();
  await expect(library.selectionCount).toHaveText('0 selected');
  await library.checkbox(KITE).check();
  await library.checkbox(PIANO).check();
  await library.barButton('Delete').click();
  await expect(library.tiles).toHaveCount(1);
  await expect(library.selectionBar).toBeHidden();
  await expect(library.selectButton).toBeFocused();
  await expect(studio.toasts.getByText('Deleted 2 files')).toBeVisible();
  await studio.toasts.getByRole('button', { name: 'Undo' }).click();
  await expect(library.tiles).toHaveCount(3);
  await page.reload();
  await expect(library.tiles).toHaveCount(3);

  // Escape leaves select mode.
  await library.selectButton.click();
  await expect(library.selectionBar).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(library.selectionBar).toBeHidden();
  await expect(library.selectButton).toBeFocused();

  // Delete for real: gone once the undo time has passed, and after a reload.
  await library.selectButton.click();
  await library.checkbox(KITE).check();
  await library.checkbox(PIANO).check();
  await library.barButton('Delete').click();
  await expect(library.tiles).toHaveCount(1);
  await expect(studio.toasts.getByText('Deleted 2 files')).toBeHidden({ timeout: 20_000 });
  await expect.poll(() => assetCount(page, projectId), { timeout: 20_000 }).toBe(1);
  await page.reload();
  await expect(library.tiles).toHaveCount(1);
  await expect(library.tile(FOG)).toBeVisible();
}

test.describe('library: several files at once', () => {
  test('select by keyboard and mouse, download a ZIP, delete with Undo and for real', async ({ page, signUp, studio, library, saveScreenshot }) => {
    test.setTimeout(180_000);
    await signUp();
    const projectId = await seedLibrary(page, 'Harbour');
    await bulkFlow(page, library, studio, projectId, (name) => saveScreenshot(`library-bulk-${name}`));
  });

  test('Shift-click selects a range', async ({ page, signUp, studio, library }) => {
    test.setTimeout(120_000);
    await signUp();
    const projectId = await seedLibrary(page, 'Ranges');
    await studio.goto(projectId, '/library');
    await library.selectButton.click();
    await library.selectableTile(KITE).locator('label').click();
    await library.selectableTile(FOG).locator('label').click({ modifiers: ['Shift'] });
    await expect(library.selectionCount).toHaveText('3 selected');
    await library.barButton('Clear').click();
    await library.barButton('Select all loaded').click();
    await expect(library.selectionCount).toHaveText('3 selected');
    await expect(library.barButton('Select all loaded')).toBeDisabled();
  });
});

test.describe('library: several files at once, on a phone in the dark', () => {
  test.use({ viewport: { width: 375, height: 740 }, colorScheme: 'dark' });

  test('the bar fits, nothing scrolls sideways, and the whole flow works', async ({ page, signUp, studio, library, saveScreenshot }) => {
    test.setTimeout(180_000);
    await signUp();
    const projectId = await seedLibrary(page, 'Pocket');
    await bulkFlow(page, library, studio, projectId, async (name) => {
      const box = await library.selectionBar.boundingBox();
      expect(box).not.toBeNull();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(375);
      for (const button of ['Select all loaded', 'Download .zip', 'Delete', 'Clear'] as const) {
        const buttonBox = (await library.barButton(button).boundingBox())!;
        expect(buttonBox.x + buttonBox.width, button).toBeLessThanOrEqual(box!.x + box!.width);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
      await saveScreenshot(`library-bulk-${name}-375-dark`, page, { fullPage: false });
    });
  });
});
