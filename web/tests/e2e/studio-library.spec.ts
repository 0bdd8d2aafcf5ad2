import { createProjectViaApi, expect, generateViaApi, test } from '../fixtures';

test.describe('studio library', () => {
  test('search, type filter, lightbox with arrow keys, and delete with undo', async ({ page, signUp, studio, library, saveScreenshot }) => {
    test.setTimeout(180_000);
    await signUp();
    const projectId = await createProjectViaApi(page, 'Moodboard');
    // Oldest first: the library lists newest first.
    await generateViaApi(page, projectId, { generationType: 'image', model: 'procedural-image', prompt: 'Desert dunes at noon', parameters: { width: 512, height: 512 } });
    await generateViaApi(page, projectId, { generationType: 'image', model: 'procedural-image', prompt: 'Mountains under a starry sky', parameters: { width: 640, height: 360 } });
    await generateViaApi(page, projectId, { generationType: 'audio', model: 'speech', prompt: 'Good morning and welcome.' });

    await studio.goto(projectId, '/library');
    await expect(library.tiles).toHaveCount(3);
    await expect(library.tiles.first()).toContainText('Good morning and welcome.');

    // Search over prompts; the type filter.
    await library.search.fill('starry');
    await expect(library.tiles).toHaveCount(1);
    await expect(library.tile('Mountains under a starry sky')).toBeVisible();
    await library.search.fill('');
    await expect(library.tiles).toHaveCount(3);
    await library.typeFilter('Audio').click();
    await expect(library.tiles).toHaveCount(1);
    await expect(page).toHaveURL(/type=audio/);
    await library.typeFilter('Images').click();
    await expect(library.tiles).toHaveCount(2);
    await library.typeFilter('All').click();
    await expect(library.tiles).toHaveCount(3);

    // By provider: everything here is the built-in provider's; another one has nothing.
    const catalog = ((await (await page.request.get('/api/providers')).json()) as { items: Array<{ id: string; name: string }> }).items;
    const other = catalog.find((provider) => provider.id !== 'builtin')!;
    await studio.selectOption('Provider', catalog.find((provider) => provider.id === 'builtin')!.name);
    await expect(library.tiles).toHaveCount(3);
    await expect(page).toHaveURL(/provider=builtin/);
    await studio.selectOption('Provider', other.name);
    await expect(page.getByText('Nothing matches')).toBeVisible();
    await studio.selectOption('Provider', 'All providers');
    await expect(library.tiles).toHaveCount(3);

    // The lightbox: ← and → move, Escape closes and focus returns to the tile.
    await library.open('Mountains under a starry sky');
    await expect(library.lightboxCounter).toHaveText('2 of 3');
    await expect(library.lightbox.getByRole('img', { name: 'Mountains under a starry sky' })).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(library.lightboxCounter).toHaveText('3 of 3');
    await expect(library.lightbox.getByRole('heading', { name: 'Desert dunes at noon' })).toBeVisible();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(library.lightboxCounter).toHaveText('1 of 3');
    await expect(library.lightbox.getByRole('slider', { name: 'Seek in Good morning and welcome.' })).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await saveScreenshot('studio-library-lightbox', page, { fullPage: false });
    await page.keyboard.press('Escape');
    await expect(library.lightbox).toBeHidden();
    await expect(page.getByRole('button', { name: 'Open Mountains under a starry sky', exact: true })).toBeFocused();

    // Delete, then Undo: the file comes back and is still there after a reload.
    await library.open('Desert dunes at noon');
    await library.lightbox.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(library.lightbox).toBeHidden();
    await expect(library.tiles).toHaveCount(2);
    const toast = studio.toasts.getByText('Deleted “Desert dunes at noon”');
    await expect(toast).toBeVisible();
    await studio.toasts.getByRole('button', { name: 'Undo' }).click();
    await expect(library.tiles).toHaveCount(3);
    await page.reload();
    await expect(library.tiles).toHaveCount(3);

    // Delete and let the undo time run out: the file is gone for good.
    await library.tile('Desert dunes at noon').getByRole('button', { name: 'Open Desert dunes at noon' }).click();
    await library.lightbox.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(library.tiles).toHaveCount(2);
    await expect(studio.toasts.getByText('Deleted “Desert dunes at noon”')).toBeHidden({ timeout: 20_000 });
    await expect
      .poll(async () => (await page.request.get(`/api/assets?projectId=${projectId}`).then((response) => response.json())).items.length, { timeout: 20_000 })
      .toBe(2);
    await page.reload();
    await expect(library.tiles).toHaveCount(2);
    await expect(library.tile('Desert dunes at noon')).toHaveCount(0);
  });

  test('scrolling to the end of the grid loads the next page', async ({ page, signUp, studio, library }) => {
    test.setTimeout(180_000);
    await signUp();
    const projectId = await createProjectViaApi(page, 'Contact sheet');
    // One more than the 30 a page holds, and a few to spare: small images are quick to make.
    const count = 34;
    for (let index = 1; index <= count; index += 1) {
      const response = await page.request.post('/api/generations', {
        data: { projectId, generationType: 'image', provider: 'builtin', model: 'procedural-image', prompt: `Study number ${index}`, parameters: { width: 64, height: 64 } },
      });
      expect(response.status()).toBe(202);
    }
    await expect
      .poll(async () => ((await (await page.request.get(`/api/assets?projectId=${projectId}&limit=100`)).json()) as { items: unknown[] }).items.length, {
        timeout: 120_000,
      })
      .toBe(count);

    await studio.goto(projectId, '/library');
    await expect(library.tiles).toHaveCount(30);
    await library.tiles.last().scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 4000);
    await expect(library.tiles).toHaveCount(count);
    await expect(library.tile('Study number 1')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Load more' })).toHaveCount(0);
  });

  test('an empty library says what to do next', async ({ page, signUp, studio, library, saveScreenshot }) => {
    await signUp();
    const projectId = await createProjectViaApi(page, 'Fresh start');
    await studio.goto(projectId, '/library');
    await expect(page.getByText('Nothing in the library yet')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Make an image' })).toHaveAttribute('href', `/projects/${projectId}`);
    await library.favouritesFilter.click();
    await expect(page.getByText('No favourites yet')).toBeVisible();
    await saveScreenshot('studio-library-empty');
    await page.getByRole('button', { name: 'Clear the filters' }).click();
    await expect(page.getByText('Nothing in the library yet')).toBeVisible();
  });
});

test.describe('studio in the dark', () => {
  test.use({ colorScheme: 'dark' });

  test('the music studio and the library follow a dark colour scheme', async ({ page, signUp, studio, library, saveScreenshot }) => {
    test.setTimeout(120_000);
    await signUp();
    const projectId = await createProjectViaApi(page, 'Night session');
    await generateViaApi(page, projectId, { generationType: 'music', model: 'music', prompt: 'Dark ambient drone for a night drive', parameters: { genre: 'ambient', mood: 'dark', durationSeconds: 20 } });
    await generateViaApi(page, projectId, { generationType: 'image', model: 'procedural-image', prompt: 'Neon city skyline at night', parameters: { width: 768, height: 512 } });

    await studio.goto(projectId, '/music');
    const track = studio.track('Dark ambient drone for a night drive');
    await expect(track).toContainText('Ambient');
    // A dark page: the background is darker than its text.
    const lightness = await page.evaluate(() => {
      // oklch(L C H): L is the lightness; rgb(r, g, b): the sum of the channels will do.
      const light = (colour: string) => {
        const numbers = (colour.match(/[\d.]+/g) ?? []).map(Number);
        return colour.startsWith('oklch') ? numbers[0]! : numbers.slice(0, 3).reduce((total, value) => total + value / 765, 0);
      };
      const style = getComputedStyle(document.body);
      return { background: light(style.backgroundColor), text: light(style.color) };
    });
    expect(lightness.background).toBeLessThan(lightness.text);
    await saveScreenshot('studio-dark-music');

    await studio.openTab('Library');
    await expect(library.tiles).toHaveCount(2);
    await saveScreenshot('studio-dark-library');
  });
});
