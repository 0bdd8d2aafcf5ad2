import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Cookie, Page, TestInfo } from '@playwright/test';
import { createAccount, createProjectViaApi, expect, generateViaApi, makeAccount, test } from '../fixtures';
import { LibraryPage } from '../pages/library-page';
import { ApiKeysSettingsPage, DefaultModelsSettingsPage, ProfileSettingsPage } from '../pages/settings-page';

/**
 * Automated accessibility checks (axe-core, WCAG 2.0 / 2.1 A and AA) on every page, in a light
 * and a dark colour scheme and, for the busiest pages, on a 375 px phone. A page passes when axe
 * finds nothing serious or critical; the full results are attached to a failing test.
 */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const BLOCKING = new Set(['serious', 'critical']);

const analyticsExists = fs.existsSync(path.resolve(import.meta.dirname, '../../src/app/(studio)/analytics/page.tsx'));

/** Runs axe on the page as it is now and fails on any serious or critical violation. */
async function expectAccessible(page: Page, testInfo: TestInfo, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const blocking = results.violations.filter((violation) => BLOCKING.has(violation.impact ?? ''));
  if (blocking.length > 0) {
    await testInfo.attach(`axe-${label}.json`, { body: JSON.stringify(results, null, 2), contentType: 'application/json' });
  }
  const summary = blocking.flatMap((violation) =>
    violation.nodes.map((node) => {
      // The first reason axe gives, e.g. "Element has insufficient color contrast of 3.1 (…)".
      const reason = (node.failureSummary ?? '').split('\n').map((line) => line.trim()).find((line) => line && !line.endsWith(':'));
      return `${violation.id} (${violation.impact}): ${node.target.join(' ')} — ${reason ?? violation.help}`;
    }),
  );
  expect(summary, `serious or critical axe violations on ${label} (${page.url()})`).toEqual([]);
}

/** What the signed-in checks share: one account with a project that has something in every tab. */
type Workspace = { cookies: Cookie[]; projectId: string; shareToken: string };

const IMAGE_PROMPT = 'A lighthouse on a cliff at dusk';
const MUSIC_PROMPT = 'Swing jazz trio for a cosy café';
const SPEECH_PROMPT = 'Good morning and welcome.';

async function prepareWorkspace(page: Page): Promise<Workspace> {
  await createAccount(page.request, makeAccount());
  const projectId = await createProjectViaApi(page, 'Accessibility check', 'Every tab with something in it.');
  await generateViaApi(page, projectId, { generationType: 'image', model: 'procedural-image', prompt: IMAGE_PROMPT, parameters: { width: 512, height: 512 } });
  await generateViaApi(page, projectId, { generationType: 'audio', model: 'speech', prompt: SPEECH_PROMPT });
  const music = await generateViaApi(page, projectId, {
    generationType: 'music',
    model: 'music',
    prompt: MUSIC_PROMPT,
    parameters: { genre: 'jazz', mood: 'calm', durationSeconds: 15 },
  });
  const share = await page.request.post(`/api/assets/${music.assetIds[0]}/share`, { data: { expiresInHours: 24 } });
  expect(share.status(), await share.text()).toBe(201);
  const { token } = (await share.json()) as { token: string };
  return { cookies: await page.context().cookies(), projectId, shareToken: token };
}

type PageCheck = {
  name: string;
  /** Goes to the page and brings it into the state to check. */
  open: (page: Page, workspace: Workspace) => Promise<void>;
  /** Also checked on a 375 px phone. */
  phone?: boolean;
  /** A known defect axe reports, by variant: the test is marked fixme until it is fixed. */
  knownDefects?: Partial<Record<VariantLabel, string>>;
};

type VariantLabel = 'light' | 'dark' | 'phone';

async function gotoAndSettle(page: Page, url: string): Promise<void> {
  const response = await page.goto(url);
  expect(response?.status(), `the status of ${url}`).toBe(200);
  await expect(page.locator('main').first()).toBeVisible();
}

const publicPages: PageCheck[] = [
  { name: 'landing', phone: true, open: (page) => gotoAndSettle(page, '/') },
  { name: 'signup', phone: true, open: (page) => gotoAndSettle(page, '/signup') },
  { name: 'login', open: (page) => gotoAndSettle(page, '/login') },
];

const signedInPages: PageCheck[] = [
  { name: 'dashboard', phone: true, open: (page) => gotoAndSettle(page, '/projects') },
  {
    name: 'studio image tab with a finished image',
    phone: true,
    open: async (page, { projectId }) => {
      await gotoAndSettle(page, `/projects/${projectId}`);
      await expect(page.getByRole('article', { name: IMAGE_PROMPT })).toHaveAttribute('data-status', 'succeeded');
    },
  },
  { name: 'studio text tab', open: (page, { projectId }) => gotoAndSettle(page, `/projects/${projectId}/text`) },
  {
    name: 'studio video tab',
    open: (page, { projectId }) => gotoAndSettle(page, `/projects/${projectId}/video`),
    // Defect: the hint under the selected aspect-ratio chip ("1280×720", text-[10px] opacity-75 in
    // parameter-choice-controls.tsx) falls short of 4.5:1: 4.34 in light, 4.4 in dark (color-contrast).
  },
  {
    name: 'studio audio tab with a finished clip',
    open: async (page, { projectId }) => {
      await gotoAndSettle(page, `/projects/${projectId}/audio`);
      await expect(page.getByRole('article', { name: SPEECH_PROMPT })).toHaveAttribute('data-status', 'succeeded');
    },
  },
  {
    name: 'studio music tab with a finished track',
    phone: true,
    open: async (page, { projectId }) => {
      await gotoAndSettle(page, `/projects/${projectId}/music`);
      await expect(page.getByTestId('track').filter({ hasText: MUSIC_PROMPT })).toBeVisible();
    },
  },
  {
    name: 'library with items',
    phone: true,
    open: async (page, { projectId }) => {
      await gotoAndSettle(page, `/projects/${projectId}/library`);
      await expect(new LibraryPage(page).tiles).toHaveCount(3);
    },
  },
  {
    name: 'library lightbox',
    open: async (page, { projectId }) => {
      const library = new LibraryPage(page);
      await gotoAndSettle(page, `/projects/${projectId}/library`);
      await library.open(IMAGE_PROMPT);
      await expect(library.lightbox.getByRole('img', { name: IMAGE_PROMPT })).toBeVisible();
    },
  },
  {
    name: 'library in select mode with two chosen',
    phone: true,
    open: async (page, { projectId }) => {
      const library = new LibraryPage(page);
      await gotoAndSettle(page, `/projects/${projectId}/library`);
      await expect(library.tiles).toHaveCount(3);
      await library.selectButton.click();
      await library.checkbox(IMAGE_PROMPT).check();
      await library.checkbox(MUSIC_PROMPT).check();
      await expect(library.selectionCount).toHaveText('2 selected');
    },
  },
  {
    name: 'share dialog with a link',
    open: async (page, { projectId }) => {
      const library = new LibraryPage(page);
      await gotoAndSettle(page, `/projects/${projectId}/library`);
      await library.open(MUSIC_PROMPT);
      await library.createShareLink(library.lightbox);
      await expect(library.shareDialog.getByLabel('Share link')).toBeVisible();
    },
  },
  { name: 'settings profile', phone: true, open: (page) => gotoAndSettle(page, '/settings') },
  {
    name: 'settings profile with a wrong current password',
    open: async (page) => {
      const profile = new ProfileSettingsPage(page);
      await gotoAndSettle(page, '/settings');
      await profile.changePassword({ current: 'not the password', next: 'a brand new password' });
      await expect(profile.passwordForm.getByText('The current password is not right.')).toBeVisible();
    },
  },
  { name: 'settings default models', phone: true, open: (page) => gotoAndSettle(page, '/settings/models') },
  {
    name: 'settings default models with a provider that needs a key',
    open: async (page) => {
      const models = new DefaultModelsSettingsPage(page);
      await gotoAndSettle(page, '/settings/models');
      await models.choose('Image', 'OpenAI');
      await expect(models.group('Image')).toContainText('OpenAI needs a key before the studio can run it.');
    },
  },
  {
    name: 'settings keys',
    open: (page) => gotoAndSettle(page, '/settings/keys'),
    // Defect: the success badge ("Ready", "Works offline, no key"; ui/badge.tsx, bg-success/15
    // text-success) is 4.18:1 in the light theme (color-contrast, 12 px text needs 4.5:1).
  },
  {
    name: 'settings add-key dialog',
    open: async (page) => {
      const keysPage = new ApiKeysSettingsPage(page);
      await gotoAndSettle(page, '/settings/keys');
      await keysPage.openAddDialog('OpenAI-compatible (Ollama, LM Studio, OpenRouter, vLLM)');
    },
  },
  { name: 'settings budget', open: (page) => gotoAndSettle(page, '/settings/budget') },
  { name: 'settings appearance', open: (page) => gotoAndSettle(page, '/settings/appearance') },
  ...(analyticsExists ? [{ name: 'analytics', open: (page: Page) => gotoAndSettle(page, '/analytics') }] : []),
];

/** Opened signed out (a fresh context), like the person the link was sent to. */
const sharePage: PageCheck = {
  name: 'public share page',
  phone: true,
  open: async (page, { shareToken }) => {
    await gotoAndSettle(page, `/s/${shareToken}`);
    await expect(page.getByRole('heading', { level: 1, name: MUSIC_PROMPT })).toBeVisible();
  },
};

const variants = [
  { label: 'light', colorScheme: 'light', viewport: { width: 1280, height: 800 }, phoneOnly: false },
  { label: 'dark', colorScheme: 'dark', viewport: { width: 1280, height: 800 }, phoneOnly: false },
  { label: 'phone', colorScheme: 'light', viewport: { width: 375, height: 812 }, phoneOnly: true },
] as const;

for (const variant of variants) {
  const include = (check: PageCheck) => !variant.phoneOnly || check.phone === true;

  test.describe(`accessibility (${variant.label})`, () => {
    test.use({ colorScheme: variant.colorScheme, viewport: variant.viewport });

    let workspace: Workspace;

    test.beforeAll(async ({ browser, baseURL }) => {
      test.setTimeout(180_000);
      const context = await browser.newContext({ baseURL });
      workspace = await prepareWorkspace(await context.newPage());
      await context.close();
    });

    for (const check of publicPages.filter(include)) {
      test(`${check.name} has no serious violations`, async ({ page }, testInfo) => {
        await check.open(page, workspace);
        await expectAccessible(page, testInfo, `${check.name}-${variant.label}`);
      });
    }

    for (const check of signedInPages.filter(include)) {
      const defect = check.knownDefects?.[variant.label];
      // A known defect (named in knownDefects) keeps its test in the suite, marked fixme.
      (defect ? test.fixme : test)(`${check.name} has no serious violations${defect ? ` (known: ${defect})` : ''}`, async ({ page }, testInfo) => {
        await page.context().addCookies(workspace.cookies);
        await check.open(page, workspace);
        await expectAccessible(page, testInfo, `${check.name}-${variant.label}`);
      });
    }

    if (include(sharePage)) {
      test(`${sharePage.name} has no serious violations`, async ({ page }, testInfo) => {
        await sharePage.open(page, workspace);
        await expectAccessible(page, testInfo, `${sharePage.name}-${variant.label}`);
      });
    }
  });
}
