import { createProjectViaApi, expect, generateViaApi, test } from '../fixtures';
import { AnalyticsPage } from '../pages/analytics-page';

test.describe('analytics', () => {
  test('totals, per-project filter kept in the URL, sorting, an empty range, and 375 px', async ({ page, signUp, saveScreenshot }) => {
    test.setTimeout(240_000);
    await signUp();
    const posters = await createProjectViaApi(page, 'Posters');
    const podcast = await createProjectViaApi(page, 'Podcast');
    await generateViaApi(page, posters, { generationType: 'image', model: 'procedural-image', prompt: 'A red kite', parameters: { width: 256, height: 256 } });
    await generateViaApi(page, posters, { generationType: 'audio', model: 'speech', prompt: 'Welcome to the show.' });
    await generateViaApi(page, podcast, { generationType: 'image', model: 'procedural-image', prompt: 'Cover art', parameters: { width: 256, height: 256 } });

    const analytics = new AnalyticsPage(page);
    await analytics.goto();
    await analytics.waitForResults();
    // The default view is the last 30 days over every project.
    await expect(analytics.preset(30)).toHaveAttribute('aria-checked', 'true');
    await expect(analytics.projectSelect).toHaveText('All projects');
    await expect(analytics.card('Generations')).toHaveText('3');
    await expect(analytics.card('Success rate')).toHaveText('100%');
    await expect(analytics.card('Spend')).toHaveText('$0.00');
    await expect(analytics.cardNote('Spend')).toHaveText(/^Free/);
    await expect(analytics.failures).toContainText('No generation failed in this range.');

    // By model: the built-in image model ran twice, the voice once; sorting by generations puts the image model first.
    await expect(analytics.modelTable.getByRole('row')).toHaveCount(3);
    await expect(analytics.modelRow('Procedural art').getByRole('cell').first()).toHaveText('2');
    await expect(analytics.modelRow('Offline voice').getByRole('cell').first()).toHaveText('1');
    await analytics.sortButton('Generations').focus();
    await page.keyboard.press('Enter');
    await expect(analytics.modelTable.getByRole('columnheader', { name: /^Generations/ })).toHaveAttribute('aria-sort', 'descending');
    await expect(analytics.modelTable.getByRole('rowheader').first()).toContainText('Procedural art');
    await page.evaluate(() => window.scrollTo(0, 0));
    await saveScreenshot('analytics');

    // One project: its count, and the filter is in the URL, so a reload (or a bookmark) keeps it.
    await analytics.selectProject('Podcast');
    await expect(page).toHaveURL(new RegExp(`projectId=${podcast}`));
    await analytics.waitForResults();
    await expect(analytics.card('Generations')).toHaveText('1');
    await page.reload();
    await analytics.waitForResults();
    await expect(analytics.projectSelect).toHaveText('Podcast');
    await expect(analytics.card('Generations')).toHaveText('1');
    await analytics.selectProject('Posters');
    await analytics.waitForResults();
    await expect(analytics.card('Generations')).toHaveText('2');

    // A range with nothing in it: the empty state, which leads to the projects.
    await analytics.setCustomRange('2020-01-01', '2020-01-31');
    await expect(page).toHaveURL(/from=2020-01-01&to=2020-01-31/);
    await expect(analytics.preset(30)).toHaveAttribute('aria-checked', 'false');
    await expect(analytics.emptyState).toBeVisible();
    await expect(page.getByRole('link', { name: 'Go to projects' })).toHaveAttribute('href', '/projects');
    // Back to a preset.
    await analytics.preset(7).click();
    await analytics.waitForResults();
    await expect(analytics.card('Generations')).toHaveText('2');

    // 375 px wide, light and dark: everything fits, the wide table scrolls inside its own box.
    await page.setViewportSize({ width: 375, height: 800 });
    await analytics.goto();
    await analytics.waitForResults();
    await expect(analytics.card('Generations')).toHaveText('3');
    await analytics.expectNoHorizontalScroll();
    await page.emulateMedia({ colorScheme: 'dark' });
    await analytics.expectNoHorizontalScroll();
    await saveScreenshot('analytics-mobile-dark');
  });

  test('an error shows a retry that loads the figures; a start after the end is refused in place', async ({ page, signUp }) => {
    await signUp();
    const analytics = new AnalyticsPage(page);
    let failing = true;
    await page.route('**/api/analytics?*', async (route) => {
      if (failing) return route.fulfill({ status: 503, json: { error: { code: 'unavailable', message: 'The database is not reachable.' } } });
      return route.continue();
    });
    await analytics.goto();
    const alert = page.getByRole('alert').filter({ hasText: 'The analytics could not be loaded' });
    await expect(alert).toContainText('The database is not reachable.');
    failing = false;
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(analytics.emptyState).toBeVisible();

    await analytics.fromInput.fill('2030-01-01');
    await expect(page.getByRole('alert').filter({ hasText: 'The start date must not be after the end date.' })).toBeVisible();
    await expect(analytics.fromInput).toHaveAttribute('aria-invalid', 'true');
    await expect(page).not.toHaveURL(/from=2030/);
  });
});
