import path from 'node:path';
import { expect, makeAccount, test } from '../fixtures';

// The README's picture of the dashboard, 1280×800, light theme. Every run renders it to
// tests/screenshots/dashboard.png; with UPDATE_DOCS_SCREENSHOT=1 it also replaces the
// committed docs/screenshot.png (so ordinary runs leave the repository untouched).
test.use({ viewport: { width: 1280, height: 800 }, colorScheme: 'light' });

test('dashboard screenshot for the README', async ({ page, signUp, projectsPage }, testInfo) => {
  await signUp(makeAccount({ displayName: 'Ada Lovelace' }));
  const projects = [
    ['Product launch teaser', '30-second teaser with voice-over and a custom soundtrack.'],
    ['Podcast artwork', 'Cover art and episode thumbnails for season two.'],
    ['Onboarding videos', 'Short explainer clips for the first-run experience.'],
    ['Brand moodboard', 'Colour, type and photography directions for the refresh.'],
  ];
  for (const [name, description] of projects) {
    const response = await page.request.post('/api/projects', { data: { name, description } });
    expect(response.status()).toBe(201);
  }
  await projectsPage.goto();
  await expect(projectsPage.list.getByRole('listitem')).toHaveCount(projects.length);
  await expect(projectsPage.list.getByText('Updated just now')).toHaveCount(projects.length);

  const testsDirectory = path.resolve(testInfo.project.testDir, '..');
  await page.screenshot({ path: path.join(testsDirectory, 'screenshots', 'dashboard.png') });
  if (process.env.UPDATE_DOCS_SCREENSHOT === '1') {
    await page.screenshot({ path: path.resolve(testsDirectory, '..', '..', 'docs', 'screenshot.png') });
  }
});
