import type { Locator, Page } from '@playwright/test';
import { expect, generateViaApi, test } from '../fixtures';

/**
 * The main flow with the keyboard alone: every control is reached with Tab (or Shift+Tab) and
 * worked with Enter, Space, the arrows and Escape; no mouse click anywhere. Each control the
 * focus lands on must show that it has the focus (an outline or a ring).
 */

/** Presses Tab (or Shift+Tab) until the target has the focus; fails if it is not in the tab order. */
async function tabTo(page: Page, target: Locator, { backwards = false, limit = 80 } = {}): Promise<void> {
  await target.waitFor();
  for (let step = 0; step < limit; step += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) {
      await expectFocusVisible(target);
      return;
    }
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${String(target)} was not reached in ${limit} presses of ${backwards ? 'Shift+Tab' : 'Tab'}`);
}

/** The focused control shows it: an outline or a box-shadow ring on it. */
async function expectFocusVisible(target: Locator): Promise<void> {
  const indicator = await target.evaluate((element) => {
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    return { outline, ring: style.boxShadow !== 'none', focusVisible: element.matches(':focus-visible') };
  });
  expect(indicator.focusVisible, `${String(target)} matches :focus-visible`).toBe(true);
  expect(indicator.outline || indicator.ring, `${String(target)} shows a focus outline or ring`).toBe(true);
}

const PROJECT = 'Keyboard session';
const TRACK = 'Slow piano for a rainy afternoon';
const IMAGE = 'Rain on a window at night';

test.describe('keyboard only', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('sign up, create a project, make a track, play and favourite it, browse the library, share and copy the link', async ({
    page,
    account,
    signupPage,
    projectsPage,
    studio,
    library,
  }) => {
    test.setTimeout(180_000);

    // Sign up: Tab from the top of the page into the form, type, Enter submits.
    await signupPage.goto();
    await tabTo(page, signupPage.nameInput);
    await page.keyboard.type(account.displayName);
    await tabTo(page, signupPage.emailInput);
    await page.keyboard.type(account.email);
    await tabTo(page, signupPage.passwordInput);
    await page.keyboard.type(account.password);
    await tabTo(page, signupPage.submitButton);
    await page.keyboard.press('Enter');
    await page.waitForURL('/projects');
    await expect(projectsPage.heading).toBeVisible();

    // A project from the New project form; its link opens the studio.
    await tabTo(page, projectsPage.nameInput);
    await page.keyboard.type(PROJECT);
    await tabTo(page, projectsPage.createButton);
    await page.keyboard.press('Enter');
    await expect(projectsPage.announcement).toHaveText(`Project “${PROJECT}” created.`);
    const projectLink = projectsPage.projectLink(PROJECT);
    await tabTo(page, projectLink, { backwards: true });
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/projects\/[^/]+$/);
    await expect(studio.tab('Image')).toHaveAttribute('aria-current', 'page');

    // An image made beforehand, so the library has a next item to arrow to.
    const projectId = new URL(page.url()).pathname.split('/').pop()!;
    await generateViaApi(page, projectId, { generationType: 'image', model: 'procedural-image', prompt: IMAGE, parameters: { width: 256, height: 256 } });

    // The Music tab: a prompt, a 15-second duration, Ctrl+Enter generates.
    await tabTo(page, studio.tab('Music'));
    await page.keyboard.press('Enter');
    await expect(studio.tab('Music')).toHaveAttribute('aria-current', 'page');
    const duration = page.getByRole('spinbutton', { name: 'Duration (seconds)' });
    await tabTo(page, duration);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('15');
    await tabTo(page, studio.prompt, { backwards: true });
    await page.keyboard.type(TRACK);
    await expect(studio.generateButton).toBeEnabled();
    await page.keyboard.press('Control+Enter');
    const track = studio.track(TRACK);
    await expect(track).toBeVisible({ timeout: 60_000 });
    await expect(track).toContainText('0:15');

    // Play it with Enter; the player bar takes it up.
    await tabTo(page, track.getByRole('button', { name: `Play ${TRACK}` }));
    await page.keyboard.press('Enter');
    await expect(studio.player.getByRole('button', { name: `Pause ${TRACK}` })).toBeVisible();
    await expect.poll(() => studio.audioPaused()).toBe(false);

    // Favourite it with Space.
    const heart = track.getByRole('button', { name: `Favourite ${TRACK}` });
    await tabTo(page, heart);
    await page.keyboard.press('Space');
    await expect(heart).toHaveAttribute('aria-pressed', 'true');

    // The library: the track first (newest), the image next.
    await tabTo(page, studio.tab('Library'), { backwards: true });
    await page.keyboard.press('Enter');
    await expect(studio.tab('Library')).toHaveAttribute('aria-current', 'page');
    await expect(library.tiles).toHaveCount(2);
    const openTrack = page.getByRole('button', { name: `Open ${TRACK}`, exact: true });
    await tabTo(page, openTrack);
    await page.keyboard.press('Enter');
    await expect(library.lightbox).toBeVisible();
    await expect(library.lightboxCounter).toHaveText('1 of 2');
    await page.keyboard.press('ArrowRight');
    await expect(library.lightboxCounter).toHaveText('2 of 2');
    await expect(library.lightbox.getByRole('img', { name: IMAGE })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(library.lightbox).toBeHidden();
    await expect(openTrack).toBeFocused();

    // Share from the lightbox: create a link, copy it, Escape closes the dialog.
    await page.keyboard.press('Enter');
    await expect(library.lightboxCounter).toHaveText('1 of 2');
    await tabTo(page, library.lightbox.getByRole('button', { name: /^Share/ }));
    await page.keyboard.press('Enter');
    await expect(library.shareDialog).toBeVisible();
    const create = library.shareDialog.getByRole('button', { name: 'Create link' });
    await tabTo(page, create);
    await page.keyboard.press('Enter');
    const field = library.shareDialog.getByLabel('Share link');
    await expect(field).toHaveValue(/\/s\/[A-Za-z0-9_-]{20,}$/);
    const link = await field.inputValue();
    await tabTo(page, library.shareDialog.getByRole('button', { name: 'Copy link' }));
    await page.keyboard.press('Enter');
    await expect(library.shareDialog.getByRole('button', { name: 'Copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    await page.keyboard.press('Escape');
    await expect(library.shareDialog).toBeHidden();
    await expect(library.lightbox).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(library.lightbox).toBeHidden();

    // The link works for anyone.
    const shared = await page.request.get(new URL(link).pathname);
    expect(shared.status()).toBe(200);
  });
});
