import fs from 'node:fs';
import path from 'node:path';
import type { ServerResponse } from 'node:http';
import type { Page } from '@playwright/test';
import { expect, makeAccount, test, type TestAccount } from '../fixtures';
import { AnalyticsPage } from '../pages/analytics-page';
import { AppearanceSettingsPage, ApiKeysSettingsPage, BudgetSettingsPage, DefaultModelsSettingsPage, ProfileSettingsPage } from '../pages/settings-page';
import { guideScenarioTitles, SharedAssetPage, specScenarioTitles, zipEntryNames } from '../pages/user-guide-pages';
import { sendJson, startStubServer, type RecordedRequest, type StubServer } from '../support/stub-server';

/**
 * docs/user-guide.md, scenario by scenario: each test follows its scenario's steps with the
 * labels the guide names. The scenarios build on each other (one account, one project), so
 * they run in order; the first test keeps the guide's headings and these titles the same.
 */

const GUIDE = path.resolve(import.meta.dirname, '../../../docs/user-guide.md');
const COMPATIBLE = 'OpenAI-compatible (Ollama, LM Studio, OpenRouter, vLLM)';

test('the user guide and this suite have the same scenarios', () => {
  const guide = guideScenarioTitles(GUIDE);
  const suite = specScenarioTitles(import.meta.filename);
  expect(guide.length, 'scenarios in docs/user-guide.md').toBeGreaterThanOrEqual(13);
  expect(guide.map((title) => Number(/^Scenario (\d+)/.exec(title)![1])), 'numbered 1, 2, 3…').toEqual(guide.map((_, index) => index + 1));
  expect([...suite].sort()).toEqual([...guide].sort());
});

// An OpenAI-compatible model server (as Ollama serves) on 127.0.0.1: the e2e server runs with
// ALLOW_PRIVATE_PROVIDER_URLS=true. It streams a Markdown answer, except for an essay, which it
// starts and then holds until the run is cancelled (or the suite ends).
const MODEL = 'llama3.2';

function chunk(content: string | null, finish: string | null = null) {
  return {
    id: 'chatcmpl-guide',
    object: 'chat.completion.chunk',
    created: 1764547200,
    model: MODEL,
    choices: [{ index: 0, delta: content === null ? {} : { role: 'assistant', content }, finish_reason: finish }],
  };
}

function writeEvent(response: ServerResponse, data: unknown) {
  response.write(`data: ${typeof data === 'string' ? data : JSON.stringify(data)}\n\n`);
}

let releaseHeld: () => void = () => {};
const held = new Promise<void>((resolve) => (releaseHeld = resolve));

async function modelServerHandler(request: RecordedRequest, response: ServerResponse) {
  if (request.method === 'GET' && request.path === '/v1/models') {
    sendJson(response, 200, { object: 'list', data: [{ id: MODEL, object: 'model', created: 0, owned_by: 'library' }] });
    return;
  }
  if (request.method === 'POST' && request.path === '/v1/chat/completions') {
    const prompt = JSON.stringify((request.json as { messages?: unknown })?.messages ?? '');
    response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    if (prompt.includes('essay')) {
      writeEvent(response, chunk('The sea covers most of the planet. '));
      await Promise.race([held, new Promise((resolve) => response.on('close', resolve))]);
      if (!response.writableEnded) response.end();
      return;
    }
    writeEvent(response, chunk('A tide pool is a **tiny ocean** the tide leaves behind:\n\n'));
    writeEvent(response, chunk('- sea anemones\n- hermit crabs\n'));
    writeEvent(response, chunk(null, 'stop'));
    writeEvent(response, { ...chunk(null), choices: [], usage: { prompt_tokens: 12, completion_tokens: 20, total_tokens: 32 } });
    writeEvent(response, '[DONE]');
    response.end();
    return;
  }
  sendJson(response, 404, { error: { message: `no route ${request.method} ${request.path}` } });
}

test.describe.serial('the user guide', () => {
  // Scenario 11 copies a share link: the page may write to (and the test read) the clipboard.
  test.use({ viewport: { width: 1280, height: 800 }, permissions: ['clipboard-read', 'clipboard-write'] });

  let modelServer: StubServer;
  const account: TestAccount = makeAccount({ displayName: 'Robin Guide' });
  let projectId = '';

  const IMAGE = 'A lighthouse on a cliff at dusk, pastel sky';
  const CLIP = 'Drifting clouds over rolling hills at sunrise';
  const SPEECH = 'Welcome to the spring collection.';
  const TRACK = 'Swing jazz trio with sax for a cosy café, relaxed';
  const TEXT = 'Describe a tide pool in one sentence.';
  const ESSAY = 'Write a long essay about the sea.';

  test.beforeAll(async () => {
    modelServer = await startStubServer(modelServerHandler);
  });

  test.afterAll(async () => {
    releaseHeld();
    await modelServer.close();
  });

  /** Scenarios after the first start signed in as the guide's account. */
  async function logIn(page: Page) {
    const response = await page.request.post('/api/auth/login', { data: { email: account.email, password: account.password } });
    expect(response.status(), await response.text()).toBe(200);
  }

  test('Scenario 1 — Sign up and log in', async ({ page, signupPage, loginPage, projectsPage, header, saveScreenshot }) => {
    await page.goto('/');
    await page.locator('main').getByRole('link', { name: 'Sign up free' }).click();
    await expect(signupPage.heading).toBeVisible();
    await signupPage.signUp(account);

    await page.waitForURL('/projects');
    await expect(projectsPage.heading).toBeVisible();
    await expect(projectsPage.emptyState).toBeVisible();
    await expect(header.navigation).toContainText(account.displayName);
    await saveScreenshot('guide-1-projects-empty');

    await header.logOut();
    await expect(header.navigation).not.toContainText(account.displayName);
    await header.logInLink.click();
    await expect(loginPage.heading).toBeVisible();
    await loginPage.logIn(account);
    await page.waitForURL('/projects');
    await expect(projectsPage.heading).toBeVisible();
    await saveScreenshot('guide-1-logged-in');
  });

  test('Scenario 2 — Create, rename and delete projects', async ({ page, projectsPage, studio, saveScreenshot }) => {
    await logIn(page);
    await projectsPage.goto();
    await projectsPage.createProject('Spring campaign draft', 'Posters, a jingle and a teaser for the spring launch.');
    await expect(projectsPage.list.getByText('Updated just now')).toBeVisible();
    await projectsPage.renameProject('Spring campaign draft', 'Spring campaign');
    await expect(projectsPage.projectLink('Spring campaign')).toBeVisible();
    await expect(projectsPage.projectLink('Spring campaign draft')).toHaveCount(0);

    await projectsPage.createProject('Old ideas');
    await saveScreenshot('guide-2-projects');
    await projectsPage.deleteProject('Old ideas');
    await expect(projectsPage.projectLink('Old ideas')).toHaveCount(0);

    await projectsPage.projectLink('Spring campaign').click();
    await page.waitForURL(/\/projects\/[0-9a-f-]{36}$/);
    projectId = new URL(page.url()).pathname.split('/').pop()!;
    await expect(page.getByRole('heading', { level: 1, name: 'Spring campaign' })).toBeVisible();
    await expect(studio.tab('Image')).toHaveAttribute('aria-current', 'page');
    for (const tab of ['Text', 'Video', 'Audio', 'Music', 'Library'] as const) await expect(studio.tab(tab)).toBeVisible();
    await expect(page.getByRole('link', { name: 'All projects' })).toBeVisible();
    await saveScreenshot('guide-2-studio');
  });

  test('Scenario 3 — Add, test and manage API keys', async ({ page, saveScreenshot }) => {
    await logIn(page);
    const keys = new ApiKeysSettingsPage(page);
    await page.goto('/projects');
    await page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: 'Settings' }).click();
    await keys.sectionLink('API keys').click();
    await page.waitForURL('/settings/keys');
    await expect(keys.provider('Built-in (offline)')).toContainText('Works offline, no key');

    const secret = `sk-local-${Date.now().toString(36)}-k3y9`;
    const baseUrl = `${modelServer.url}/v1`;
    await keys.openAddDialog(COMPATIBLE);
    await keys.fillAndSave({ provider: 'openai-compatible', apiKey: secret, baseUrl, label: 'Laptop' });
    await expect(keys.addDialog).toBeHidden();
    const laptop = keys.key(COMPATIBLE, 'Laptop');
    await expect(laptop).toContainText('Default');
    await expect(laptop).toContainText('••••k3y9');
    await expect(laptop).toContainText(baseUrl);
    await expect(laptop).toContainText('never used');

    await keys.testKey(laptop);
    await expect(keys.testResult(laptop)).toContainText(`Connected to ${new URL(modelServer.url).host}`);
    await expect(keys.testResult(laptop)).toContainText(MODEL);
    await expect(laptop).toContainText('last used just now');
    await saveScreenshot('guide-3-key-tested');

    await keys.openAddDialog(COMPATIBLE);
    await keys.fillAndSave({ provider: 'openai-compatible', apiKey: `${secret}-2nd0`, baseUrl, label: 'Backup' });
    await expect(keys.addDialog).toBeHidden();
    const backup = keys.key(COMPATIBLE, 'Backup');
    await keys.makeDefault(backup);
    await expect(backup).toContainText('Default');
    await expect(laptop).not.toContainText('Default');

    await keys.deleteKey(backup);
    await expect(backup).toHaveCount(0);
    await expect(laptop).toContainText('Default');
    await expect(page.locator('body')).not.toContainText(secret);
  });

  test('Scenario 4 — Write text', async ({ page, studio, saveScreenshot }) => {
    await logIn(page);
    await studio.goto(projectId);
    await studio.openTab('Text');
    await studio.showSettings();
    await studio.selectOption('Provider', /^OpenAI-compatible/);
    await page.getByLabel('Model name').fill(MODEL);
    await studio.prompt.fill(TEXT);
    await expect(studio.costEstimate).toHaveText('Unknown price');
    await studio.generateButton.click();

    const answer = studio.generation(TEXT);
    await expect(answer).toHaveAttribute('data-status', 'succeeded', { timeout: 30_000 });
    await expect(answer.locator('strong', { hasText: 'tiny ocean' })).toBeVisible();
    await expect(answer.getByRole('listitem').filter({ hasText: 'hermit crabs' })).toBeVisible();
    await expect(answer.getByRole('button', { name: 'Copy the text' })).toBeVisible();
    await saveScreenshot('guide-4-text');

    // The essay: the server starts it and holds the rest; Cancel stops it.
    await studio.generate(ESSAY);
    const essay = studio.generation(ESSAY);
    await expect(essay).toContainText('The sea covers most of the planet.', { timeout: 20_000 });
    await expect(essay.getByRole('progressbar')).toBeVisible();
    await expect(essay).toContainText('elapsed');
    await essay.getByRole('button', { name: /^Cancel/ }).click();
    await expect(essay).toHaveAttribute('data-status', 'canceled', { timeout: 20_000 });
    await expect(essay).toContainText('Cancelled.');
    await expect(essay.getByRole('button', { name: 'Run again' })).toBeVisible();
  });

  test('Scenario 5 — Make an image', async ({ page, studio, library, saveScreenshot }) => {
    await logIn(page);
    await studio.goto(projectId);
    await expect(studio.tab('Image')).toHaveAttribute('aria-current', 'page');
    await studio.showSettings();
    await expect(page.getByRole('combobox', { name: 'Provider' })).toHaveText(/Built-in \(offline\)/);
    await expect(page.getByRole('combobox', { name: 'Model' })).toContainText('Procedural art');
    await studio.choice('Size', '16:9').click();
    await expect(page.getByLabel('Width (px)')).toHaveValue('1024');
    await expect(page.getByLabel('Height (px)')).toHaveValue('576');
    await studio.prompt.fill(IMAGE);
    await expect(studio.costEstimate).toHaveText('Free');
    await studio.generateButton.click();

    const result = studio.generation(IMAGE);
    await expect(result).toHaveAttribute('data-status', 'succeeded', { timeout: 60_000 });
    await expect(result.getByRole('list', { name: 'Settings' })).toContainText('1024 × 576');
    await expect(result.getByRole('img', { name: IMAGE })).toBeVisible();
    await expect(result.getByRole('button', { name: `Favourite ${IMAGE}` })).toBeVisible();
    await expect(result.getByRole('link', { name: `Download ${IMAGE}` })).toBeVisible();
    await expect(result.getByRole('button', { name: `Share ${IMAGE}` })).toBeVisible();
    await expect(result.getByRole('button', { name: `Delete ${IMAGE}` })).toBeVisible();
    await saveScreenshot('guide-5-image');

    await result.getByRole('button', { name: `Open image “${IMAGE}”` }).click();
    await expect(library.lightbox.getByRole('img', { name: IMAGE })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(library.lightbox).toBeHidden();

    // Remix: the form takes the result's prompt and size back.
    await studio.prompt.fill('');
    await studio.choice('Size', '1:1').click();
    await result.getByRole('button', { name: 'Remix: use these settings' }).click();
    await expect(studio.prompt).toHaveValue(IMAGE);
    await expect(page.getByLabel('Width (px)')).toHaveValue('1024');
    await expect(page.getByLabel('Height (px)')).toHaveValue('576');
  });

  test('Scenario 6 — Make a short video', async ({ page, studio, saveScreenshot }) => {
    await logIn(page);
    await studio.goto(projectId);
    await studio.openTab('Video');
    await studio.showSettings();
    await expect(page.getByRole('combobox', { name: 'Model' })).toContainText('Motion clip');
    await page.getByRole('spinbutton', { name: 'Duration (seconds)' }).fill('1');
    await studio.choice('Size', '16:9, 640 × 360').click();
    await studio.generate(CLIP);

    const clip = studio.generation(CLIP);
    await expect(clip).toHaveAttribute('data-status', 'succeeded', { timeout: 60_000 });
    const video = clip.getByLabel(`Video “${CLIP}”`);
    await expect(video).toHaveAttribute('controls', '');
    await expect.poll(() => video.evaluate((element) => (element as HTMLVideoElement).readyState), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await video.evaluate((element) => (element as HTMLVideoElement).duration)).toBeLessThan(2);
    await saveScreenshot('guide-6-video');
  });

  test('Scenario 7 — Turn text into speech', async ({ page, studio, saveScreenshot }) => {
    await logIn(page);
    await studio.goto(projectId);
    await studio.openTab('Audio');
    await studio.showSettings();
    await expect(page.getByRole('combobox', { name: 'Model' })).toContainText('Offline voice');
    await studio.selectOption('Voice', /^SLT — American English, female/);
    await studio.generate(SPEECH);

    const clip = studio.generation(SPEECH);
    await expect(clip).toHaveAttribute('data-status', 'succeeded', { timeout: 60_000 });
    const track = clip.getByTestId('track');
    await expect(track).toContainText('Voice SLT');
    await track.getByRole('button', { name: `Play ${SPEECH}` }).click();
    await expect.poll(() => studio.audioPaused()).toBe(false);
    await saveScreenshot('guide-7-speech', page, { fullPage: false });
    await studio.player.getByRole('button', { name: `Pause ${SPEECH}` }).click();
    await expect.poll(() => studio.audioPaused()).toBe(true);
  });

  test('Scenario 8 — Compose a music track, play it and keep it', async ({ page, studio, library, saveScreenshot }) => {
    await logIn(page);
    await studio.goto(projectId);
    await studio.openTab('Music');
    await expect(studio.form).toContainText('Name instruments');
    await studio.form.getByRole('button', { name: 'Jazz café' }).click();
    await expect(studio.prompt).toHaveValue(TRACK);
    await expect(studio.choice('Genre', 'Jazz')).toHaveAttribute('aria-checked', 'true');
    await studio.choice('Mood', 'Calm').click();
    await page.getByRole('spinbutton', { name: 'Duration (seconds)' }).fill('15');
    await studio.generateButton.click();

    const track = studio.track(TRACK);
    await expect(track).toBeVisible({ timeout: 60_000 });
    await expect(track).toContainText('Jazz');
    await expect(track).toContainText('Calm');
    await expect(track).toContainText('0:15');

    await track.getByRole('button', { name: `Play ${TRACK}` }).click();
    await expect(studio.player.getByRole('button', { name: `Pause ${TRACK}` })).toBeVisible();
    await expect.poll(() => studio.audioPaused()).toBe(false);

    const waveform = track.getByRole('slider', { name: `Seek in ${TRACK}` });
    const box = (await waveform.boundingBox())!;
    await waveform.click({ position: { x: box.width * 0.75, y: box.height / 2 } });
    await expect.poll(() => studio.audioTime()).toBeGreaterThanOrEqual(10);

    const heart = track.getByRole('button', { name: `Favourite ${TRACK}` });
    await heart.click();
    await expect(heart).toHaveAttribute('aria-pressed', 'true');
    const favouritesOnly = page.getByRole('button', { name: 'Favourites only' });
    await favouritesOnly.click();
    await expect(favouritesOnly).toHaveAttribute('aria-pressed', 'true');
    await expect(track).toBeVisible();
    await saveScreenshot('guide-8-music', page, { fullPage: false });
    await favouritesOnly.click();
    await expect(favouritesOnly).toHaveAttribute('aria-pressed', 'false');

    // Another tab: the player bar keeps the music going.
    await waveform.press('Home');
    await expect.poll(() => studio.audioTime()).toBeLessThan(5);
    const before = await studio.audioTime();
    await studio.openTab('Library');
    await expect(library.heading).toBeVisible();
    await expect(studio.player).toContainText(TRACK);
    await expect.poll(() => studio.audioTime()).toBeGreaterThan(before);
    expect(await studio.audioPaused()).toBe(false);
    await expect(studio.player.getByRole('button', { name: 'Next track' })).toBeVisible();
    await expect(studio.player.getByRole('button', { name: 'Previous track' })).toBeVisible();
    await saveScreenshot('guide-8-player', page, { fullPage: false });
    await studio.player.getByRole('button', { name: `Pause ${TRACK}` }).click();
    await expect.poll(() => studio.audioPaused()).toBe(true);
    await studio.player.getByRole('button', { name: 'Close the player' }).click();
    await expect(studio.player).toBeHidden();
  });

  test('Scenario 9 — Find, look at and tidy up your files in the library', async ({ page, studio, library, saveScreenshot }) => {
    await logIn(page);
    await studio.goto(projectId);
    await studio.openTab('Library');
    // Newest first: the track, the speech, the clip, the image, the text.
    await expect(library.tiles).toHaveCount(5);
    await expect(library.tiles.first()).toContainText(TRACK);

    await library.search.fill('lighthouse');
    await expect(library.tiles).toHaveCount(1);
    await expect(library.tile(IMAGE)).toBeVisible();
    await library.search.fill('');
    await expect(library.tiles).toHaveCount(5);

    await library.typeFilter('Audio').click();
    await expect(library.tiles).toHaveCount(2);
    await library.favouritesFilter.click();
    await expect(library.tiles).toHaveCount(1);
    await expect(library.tile(TRACK)).toBeVisible();
    await expect(page).toHaveURL(/type=audio/);
    await expect(page).toHaveURL(/favorites=1/);
    await library.typeFilter('All').click();
    await library.favouritesFilter.click();
    await expect(library.tiles).toHaveCount(5);
    // The text came from the model server; everything else from the built-in provider.
    await studio.selectOption('Provider', 'Built-in (offline)');
    await expect(library.tiles).toHaveCount(4);
    await expect(page).toHaveURL(/provider=builtin/);
    await studio.selectOption('Provider', 'All providers');
    await expect(library.tiles).toHaveCount(5);
    await saveScreenshot('guide-9-library', page, { fullPage: false });

    // The lightbox: arrows move, Escape closes.
    await library.open(IMAGE);
    await expect(library.lightboxCounter).toHaveText('4 of 5');
    const details = library.lightbox.getByRole('complementary', { name: 'Details' });
    await expect(details.getByRole('heading', { name: IMAGE })).toBeVisible();
    await expect(details).toContainText('Built-in (offline)');
    await expect(details).toContainText('Procedural art');
    await expect(details.getByText('Estimated cost')).toBeVisible();
    await expect(details.getByText('Actual cost')).toBeVisible();
    await expect(details.getByText('Took')).toBeVisible();
    await saveScreenshot('guide-9-lightbox', page, { fullPage: false });
    await page.keyboard.press('ArrowRight');
    await expect(library.lightboxCounter).toHaveText('5 of 5');
    await expect(details.getByRole('heading', { name: TEXT })).toBeVisible();
    await page.keyboard.press('ArrowLeft');
    await expect(library.lightboxCounter).toHaveText('4 of 5');
    await page.keyboard.press('Escape');
    await expect(library.lightbox).toBeHidden();

    // Delete, then Undo.
    await library.open(CLIP);
    await details.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(library.lightbox).toBeHidden();
    await expect(library.tiles).toHaveCount(4);
    await expect(studio.toasts.getByText(/^Deleted “Drifting clouds over/)).toBeVisible();
    await studio.toasts.getByRole('button', { name: 'Undo' }).click();
    await expect(library.tiles).toHaveCount(5);

    // Remix: the image tab with the image's prompt.
    await library.open(IMAGE);
    await details.getByRole('link', { name: 'Remix' }).click();
    await expect(studio.tab('Image')).toHaveAttribute('aria-current', 'page');
    await expect(studio.prompt).toHaveValue(IMAGE);
    await page.reload();
    await studio.openTab('Library');
    await expect(library.tiles).toHaveCount(5);
  });

  test('Scenario 10 — Select several files to download as a .zip or delete', async ({ page, studio, library, saveScreenshot }) => {
    await logIn(page);
    await studio.goto(projectId, '/library');
    await expect(library.tiles).toHaveCount(5);
    await library.selectButton.click();
    await expect(library.selectionCount).toHaveText('0 selected');

    // A click on a file, a click on a checkbox, Space on a checkbox.
    await library.selectableTile(IMAGE).locator('label').click();
    await library.checkbox(TRACK).click();
    await library.checkbox(SPEECH).focus();
    await page.keyboard.press('Space');
    await expect(library.selectionCount).toHaveText('3 selected');
    await expect(library.lightbox).toBeHidden();
    await saveScreenshot('guide-10-selected', page, { fullPage: false });

    const downloading = page.waitForEvent('download');
    await library.barButton('Download .zip').click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('medialab-3-assets.zip');
    const names = zipEntryNames(fs.readFileSync(await download.path()));
    expect(names).toHaveLength(3);
    expect(names.filter((name) => name.endsWith('.png'))).toHaveLength(1);

    await library.barButton('Clear').click();
    await expect(library.selectionCount).toHaveText('0 selected');
    await library.barButton('Select all loaded').click();
    await expect(library.selectionCount).toHaveText('5 selected');
    await library.barButton('Clear').click();

    await library.checkbox(CLIP).check();
    await library.checkbox(TEXT).check();
    await expect(library.selectionCount).toHaveText('2 selected');
    await library.barButton('Delete').click();
    await expect(library.tiles).toHaveCount(3);
    await expect(studio.toasts.getByText('Deleted 2 files')).toBeVisible();
    await studio.toasts.getByRole('button', { name: 'Undo' }).click();
    await expect(library.tiles).toHaveCount(5);

    await library.selectButton.click();
    await expect(library.selectionBar).toBeVisible();
    await library.doneButton.click();
    await expect(library.selectionBar).toBeHidden();
    await page.reload();
    await expect(library.tiles).toHaveCount(5);
  });

  test('Scenario 11 — Share a file with a link, and stop sharing it', async ({ page, browser, baseURL, studio, library, saveScreenshot }) => {
    await logIn(page);
    await studio.goto(projectId);
    await studio.openTab('Music');
    const track = studio.track(TRACK);
    await track.getByRole('button', { name: /^Share/ }).click();
    const dialog = library.shareDialog;
    await expect(dialog).toBeVisible();
    await dialog.getByRole('radio', { name: '1 day' }).click();
    await dialog.getByRole('button', { name: 'Create link' }).click();
    const field = dialog.getByLabel('Share link');
    await expect(field).toHaveValue(/\/s\/[A-Za-z0-9_-]{20,}$/);
    const link = await field.inputValue();
    await expect(dialog).toContainText('Works until');
    await dialog.getByRole('button', { name: 'Copy link' }).click();
    await expect(dialog.getByRole('button', { name: 'Copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    await saveScreenshot('guide-11-share-dialog', page, { fullPage: false });

    // Someone without an account opens it.
    const visitorContext = await browser.newContext({ baseURL });
    const visitor = new SharedAssetPage(await visitorContext.newPage());
    const opened = await visitor.page.goto(link);
    expect(opened?.status()).toBe(200);
    await expect(visitor.byline).toBeVisible();
    await expect(visitor.heading(TRACK)).toBeVisible();
    await expect(visitor.downloadLink).toBeVisible();
    await saveScreenshot('guide-11-shared-page', visitor.page);

    await dialog.getByRole('button', { name: 'Revoke all links' }).click();
    await expect(dialog).toContainText('Every link to this file has stopped working.');
    const dead = await visitor.page.reload();
    expect(dead?.status()).toBe(404);
    await expect(visitor.notFoundHeading).toBeVisible();
    await visitorContext.close();
  });

  test('Scenario 12 — Watch your spending: analytics and a monthly budget', async ({ page, saveScreenshot }) => {
    await logIn(page);
    await page.goto('/projects');
    const analytics = new AnalyticsPage(page);
    await page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: 'Analytics' }).click();
    await expect(analytics.heading).toBeVisible();
    await analytics.waitForResults();
    await analytics.preset(7).click();
    await analytics.selectProject('Spring campaign');
    await expect(page).toHaveURL(new RegExp(`projectId=${projectId}`));
    await analytics.waitForResults();

    // Two text runs (one cancelled), an image, a clip, a speech clip and a track; all free or unpriced.
    await expect(analytics.card('Generations')).toHaveText('6');
    await expect(analytics.card('Spend')).toHaveText('$0.00');
    await expect(analytics.card('Success rate')).toHaveText(/^\d+%$/);
    await expect(analytics.card('Latency')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Spend per day' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Generations per day' })).toBeVisible();
    for (const model of ['Procedural art', 'Motion clip', 'Offline voice', 'Composer']) {
      await expect(analytics.modelRow(model).getByRole('cell').first()).toHaveText('1');
    }
    await analytics.sortButton('Generations').click();
    await expect(analytics.modelTable.getByRole('columnheader', { name: /^Generations/ })).toHaveAttribute('aria-sort', 'descending');
    await expect(analytics.failures).toContainText('No generation failed in this range.');
    await saveScreenshot('guide-12-analytics');

    const budget = new BudgetSettingsPage(page);
    await budget.goto();
    await budget.setBudget('25');
    await expect(budget.announcement).toHaveText('Monthly budget set to $25.00.');
    await expect(budget.spend).toContainText('$0.00 of $25.00');
    await expect(budget.progress).toBeVisible();
    await saveScreenshot('guide-12-budget');
    await budget.removeButton.click();
    await expect(budget.announcement).toHaveText('Monthly budget removed.');
    await expect(budget.progress).toHaveCount(0);
  });

  test('Scenario 13 — Make MediaLab yours: profile, default models and theme', async ({ page, header, loginPage, studio, saveScreenshot }) => {
    await logIn(page);
    const profile = new ProfileSettingsPage(page);
    await page.goto('/settings');
    await expect(profile.nameInput).toHaveValue(account.displayName);
    await profile.nameInput.fill('Robin Hart');
    await profile.saveNameButton.click();
    await expect(header.navigation).toContainText('Robin Hart');

    const newPassword = `${account.password}-new`;
    await profile.currentPasswordInput.fill(account.password);
    await profile.newPasswordInput.fill(newPassword);
    await profile.confirmPasswordInput.fill(newPassword);
    await profile.changePasswordButton.click();
    await expect(studio.announcement).toHaveText('Password changed. Other devices were signed out; this one stays signed in.');
    await expect(profile.currentPasswordInput).toHaveValue('');
    await saveScreenshot('guide-13-profile');
    await header.logOut();
    await header.logInLink.click();
    await loginPage.logIn({ email: account.email, password: newPassword });
    await page.waitForURL('/projects');
    account.password = newPassword;

    // Image starts with OpenAI's GPT Image 2; then back to the studio's choice.
    const defaults = new DefaultModelsSettingsPage(page);
    await page.goto('/settings');
    await page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'Default models' }).click();
    await page.waitForURL('/settings/models');
    for (const type of ['Text', 'Image', 'Video', 'Audio', 'Music'] as const) await expect(defaults.group(type)).toBeVisible();
    await defaults.choose('Image', 'OpenAI', 'GPT Image 2');
    await defaults.saveButton.click();
    await expect(studio.announcement).toHaveText('Default models saved.');
    await expect(defaults.group('Image')).toContainText('Starts with GPT Image 2 (OpenAI).');
    await expect(defaults.group('Image').getByRole('link', { name: /^Add a key/ })).toBeVisible();
    await saveScreenshot('guide-13-default-models', page, { fullPage: false });

    await studio.goto(projectId);
    await studio.showSettings();
    await expect(page.getByRole('combobox', { name: 'Provider' })).toContainText('OpenAI');
    await expect(page.getByRole('combobox', { name: 'Model' })).toContainText('GPT Image 2');
    await expect(page.getByTestId('provider-needs-key')).toContainText('OpenAI runs with your own API key');

    await page.goto('/settings/models');
    await defaults.clearButton('Image').click();
    await defaults.saveButton.click();
    await expect(studio.announcement).toHaveText('Default models saved: every tab starts with the studio’s choice.');
    await expect(defaults.group('Image')).toContainText('Starts with the studio’s choice');
    await studio.goto(projectId);
    await studio.showSettings();
    await expect(page.getByRole('combobox', { name: 'Provider' })).toContainText('Built-in (offline)');

    const appearance = new AppearanceSettingsPage(page);
    await appearance.goto();
    await appearance.theme('Dark').check();
    await expect(appearance.announcement).toHaveText('Theme set to Dark.');
    expect(await appearance.appliedTheme()).toBe('dark');
    await saveScreenshot('guide-13-appearance-dark');
    await page.reload();
    await expect(appearance.theme('Dark')).toBeChecked();
    await appearance.theme('System').check();
    expect(await appearance.appliedTheme()).toBeNull();
  });
});
