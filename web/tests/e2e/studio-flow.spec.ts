import { expect, test } from '../fixtures';

/**
 * The studio end to end with the built-in provider, on a desktop and on a 375 px phone:
 * an image, a music track and a speech clip; the track plays and seeks; favourite and the
 * favourites filter; remix; share, open the link logged out, revoke, the link is dead.
 */
const viewports = [
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
  { name: 'phone', viewport: { width: 375, height: 812 } },
] as const;

for (const { name, viewport } of viewports) {
  test.describe(`studio on ${name}`, () => {
    test.use({ viewport });

    test('image, track and speech; play and seek; favourite, filter, remix, share and revoke', async ({
      page,
      browser,
      baseURL,
      signUp,
      projectsPage,
      studio,
      library,
      saveScreenshot,
    }) => {
      test.setTimeout(240_000);
      // The player bar is fixed to the bottom: once it shows, the viewport is what a person sees.
      const shot = (label: string, fullPage = true) => saveScreenshot(`studio-${name}-${label}`, page, { fullPage });
      const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

      await signUp();
      await projectsPage.createProject('Spring launch kit', 'Teaser art, a jingle and a voice-over.');
      await projectsPage.projectLink('Spring launch kit').click();
      await expect(studio.tab('Image')).toHaveAttribute('aria-current', 'page');

      // An image, 16:9, from the settings (folded away on a phone).
      await expect(studio.costEstimate).toHaveText('Free');
      await studio.showSettings();
      await studio.choice('Size', '16:9').click();
      await expect(studio.page.getByLabel('Width (px)')).toHaveValue('1024');
      await expect(studio.page.getByLabel('Height (px)')).toHaveValue('576');
      await studio.generate('A lighthouse on a cliff at dusk, pastel sky');
      const image = studio.generation('A lighthouse on a cliff at dusk, pastel sky');
      await expect(image).toHaveAttribute('data-status', 'succeeded', { timeout: 60_000 });
      const picture = image.getByRole('img', { name: 'A lighthouse on a cliff at dusk, pastel sky' });
      await expect(picture).toBeVisible();
      // At this size of screen the 640 px WebP preview is sharp enough: it is what loads, not the 1024 px PNG.
      await expect
        .poll(() =>
          picture.evaluate((element: HTMLImageElement) => (element.complete && element.naturalWidth > 0 ? new URL(element.currentSrc).pathname : null)),
        )
        .toMatch(/^\/api\/assets\/[0-9a-f-]{36}\/preview$/);
      expect(await overflow()).toBe(0);
      await shot('image');

      // A 45-second jazz track.
      await studio.openTab('Music');
      await studio.choice('Genre', 'Jazz').click();
      await studio.choice('Mood', 'Calm').click();
      await studio.page.getByRole('spinbutton', { name: 'Duration (seconds)' }).fill('45');
      await expect(studio.costEstimate).toHaveText('Free');
      await studio.generate('Swing jazz trio for a cosy café');
      const track = studio.track('Swing jazz trio for a cosy café');
      await expect(track).toBeVisible({ timeout: 60_000 });
      await expect(track).toContainText('Jazz');
      await expect(track).toContainText('0:45');

      // It plays, in the player bar too.
      await track.getByRole('button', { name: 'Play Swing jazz trio for a cosy café' }).click();
      await expect(studio.player.getByRole('button', { name: 'Pause Swing jazz trio for a cosy café' })).toBeVisible();
      await expect.poll(() => studio.audioPaused()).toBe(false);
      await expect.poll(() => studio.audioTime()).toBeGreaterThan(0);

      // Seek: a click at three quarters of the waveform, then End from the keyboard.
      const waveform = track.getByRole('slider', { name: 'Seek in Swing jazz trio for a cosy café' });
      const box = (await waveform.boundingBox())!;
      await waveform.click({ position: { x: box.width * 0.75, y: box.height / 2 } });
      await expect.poll(() => studio.audioTime()).toBeGreaterThanOrEqual(30);
      await expect.poll(async () => Number(await waveform.getAttribute('aria-valuenow'))).toBeGreaterThanOrEqual(30);
      await waveform.press('Home');
      await expect.poll(() => studio.audioTime()).toBeLessThan(5);
      await shot('music', false);

      // Favourite.
      const heart = track.getByRole('button', { name: 'Favourite Swing jazz trio for a cosy café' });
      await heart.click();
      await expect(heart).toHaveAttribute('aria-pressed', 'true');

      // A speech clip with another voice; the track keeps playing across tabs.
      const before = await studio.audioTime();
      await studio.openTab('Audio');
      await expect(studio.player).toBeVisible();
      await expect.poll(() => studio.audioTime()).toBeGreaterThan(before);
      expect(await studio.audioPaused()).toBe(false);
      await studio.showSettings();
      await studio.selectOption('Voice', /^SLT/);
      await studio.generate('Welcome to the launch of our spring collection.');
      const speech = studio.generation('Welcome to the launch of our spring collection.');
      await expect(speech).toHaveAttribute('data-status', 'succeeded', { timeout: 60_000 });
      await expect(speech.getByTestId('track')).toContainText('Voice SLT');
      await shot('speech', false);

      // The library: three files, one favourite.
      await studio.openTab('Library');
      await expect(library.tiles).toHaveCount(3);
      await shot('library', false);
      await library.favouritesFilter.click();
      await expect(library.favouritesFilter).toHaveAttribute('aria-pressed', 'true');
      await expect(library.tiles).toHaveCount(1);
      await expect(library.tile('Swing jazz trio for a cosy café')).toBeVisible();
      await expect(page).toHaveURL(/favorites=1/);
      expect(await overflow()).toBe(0);

      // The details, then Remix: the music form filled in with the track's settings.
      await library.open('Swing jazz trio for a cosy café');
      await expect(library.lightbox).toBeVisible();
      const details = library.lightbox.getByRole('complementary', { name: 'Details' });
      await expect(details.getByRole('heading', { name: 'Swing jazz trio for a cosy café' })).toBeVisible();
      await expect(details).toContainText('Built-in (offline)');
      await expect(details).toContainText('Composer');
      await expect(details).toContainText('Jazz');
      await expect(details.getByText('Estimated cost')).toBeVisible();
      await saveScreenshot(`studio-${name}-lightbox`, page, { fullPage: false });
      await details.getByRole('link', { name: 'Remix' }).click();
      await page.waitForURL(/\/music$/);
      await expect(studio.prompt).toHaveValue('Swing jazz trio for a cosy café');
      await expect(studio.choice('Genre', 'Jazz')).toHaveAttribute('aria-checked', 'true');
      await expect(studio.choice('Mood', 'Calm')).toHaveAttribute('aria-checked', 'true');
      await expect(studio.page.getByRole('spinbutton', { name: 'Duration (seconds)' })).toHaveValue('45');
      await expect(studio.prompt).toBeFocused();

      // Share the track, open the link in a fresh, logged-out browser, revoke it.
      const link = await library.createShareLink(track);
      expect(link).toMatch(/\/s\/[A-Za-z0-9_-]{20,}$/);
      await saveScreenshot(`studio-${name}-share-dialog`, page, { fullPage: false });
      const visitorContext = await browser.newContext({ baseURL, viewport });
      const visitor = await visitorContext.newPage();
      const opened = await visitor.goto(link);
      expect(opened?.status()).toBe(200);
      await expect(visitor.getByRole('heading', { level: 1, name: 'Swing jazz trio for a cosy café' })).toBeVisible();
      const content = await visitor.request.get(new URL(link).pathname.replace('/s/', '/api/share/') + '/content');
      expect(content.status()).toBe(200);
      expect(content.headers()['content-type']).toMatch(/^audio\//);
      await saveScreenshot(`studio-${name}-shared-page`, visitor);

      await library.shareDialog.getByRole('button', { name: 'Revoke all links' }).click();
      await expect(library.shareDialog).toContainText('Every link to this file has stopped working.');
      const dead = await visitor.goto(link);
      expect(dead?.status()).toBe(404);
      const deadContent = await visitor.request.get(new URL(link).pathname.replace('/s/', '/api/share/') + '/content');
      expect(deadContent.status()).toBe(404);
      await visitorContext.close();
    });
  });
}
