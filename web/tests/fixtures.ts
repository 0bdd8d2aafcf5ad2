import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { test as base, expect, type APIRequestContext, type Page } from '@playwright/test';
import { LoginPage, SignupPage } from './pages/auth-pages';
import { LibraryPage } from './pages/library-page';
import { NotFoundPage, ProjectPage } from './pages/project-page';
import { ProjectsPage } from './pages/projects-page';
import { SiteHeader } from './pages/site-header';
import { StudioPage } from './pages/studio-page';

export type TestAccount = { email: string; password: string; displayName: string };

/** A new account's details; the email is unique per call, so tests never collide. */
export function makeAccount(overrides: Partial<TestAccount> = {}): TestAccount {
  const unique = randomUUID().slice(0, 8);
  return {
    email: `e2e-${Date.now().toString(36)}-${unique}@example.com`,
    password: `pw-${randomUUID()}`,
    displayName: `Tester ${unique}`,
    ...overrides,
  };
}

/** Creates a project through the API with the page's session; returns its id. */
export async function createProjectViaApi(page: Page, name: string, description = ''): Promise<string> {
  const response = await page.request.post('/api/projects', { data: { name, description } });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { project: { id: string } }).project.id;
}

type GenerationRequest = { generationType: string; model: string; prompt: string; parameters?: Record<string, unknown> };

/**
 * Runs a generation on the built-in provider through the API and waits until it has
 * succeeded; returns the generation (with its asset ids).
 */
export async function generateViaApi(
  page: Page,
  projectId: string,
  request: GenerationRequest,
): Promise<{ id: string; assetIds: string[] }> {
  const response = await page.request.post('/api/generations', { data: { projectId, provider: 'builtin', parameters: {}, ...request } });
  expect(response.status(), await response.text()).toBe(202);
  const { generation } = (await response.json()) as { generation: { id: string } };
  let finished: { id: string; status: string; assetIds: string[] } | undefined;
  await expect
    .poll(
      async () => {
        finished = ((await (await page.request.get(`/api/generations/${generation.id}`)).json()) as { generation: typeof finished }).generation;
        return finished?.status;
      },
      { timeout: 60_000 },
    )
    .toBe('succeeded');
  return finished!;
}

/** Creates the account through the API (not signed in anywhere). */
export async function createAccount(request: APIRequestContext, account: TestAccount = makeAccount()): Promise<TestAccount> {
  const response = await request.post('/api/auth/signup', { data: account });
  expect(response.status(), await response.text()).toBe(201);
  return account;
}

type Pages = {
  header: SiteHeader;
  signupPage: SignupPage;
  loginPage: LoginPage;
  projectsPage: ProjectsPage;
  projectPage: ProjectPage;
  notFoundPage: NotFoundPage;
  studio: StudioPage;
  library: LibraryPage;
};

/**
 * Collects what the browser reports as broken: uncaught exceptions, CSP violations,
 * hydration errors. Failed requests are left out: 4xx answers are part of the tests.
 */
function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error' || message.text().startsWith('Failed to load resource')) return;
    errors.push(`console.error: ${message.text()}`);
  });
  return errors;
}

function pagesFor(page: Page): Pages {
  return {
    header: new SiteHeader(page),
    signupPage: new SignupPage(page),
    loginPage: new LoginPage(page),
    projectsPage: new ProjectsPage(page),
    projectPage: new ProjectPage(page),
    notFoundPage: new NotFoundPage(page),
    studio: new StudioPage(page),
    library: new LibraryPage(page),
  };
}

// Fixture callbacks name their second argument `provide`, not Playwright's usual `use`,
// which the React hooks lint rule would take for React's use().
type Fixtures = Pages & {
  /** Details for a fresh account (not yet created). */
  account: TestAccount;
  /** Signs a fresh account up through the UI and waits for the dashboard. */
  signUp: (account?: TestAccount) => Promise<TestAccount>;
  /**
   * Saves a screenshot to tests/screenshots/<name>.png (gitignored): the full page, or just
   * the viewport (`fullPage: false`) for what covers it, like a lightbox.
   */
  saveScreenshot: (name: string, page?: Page, options?: { fullPage?: boolean }) => Promise<void>;
  /** A second person in their own browser context, already signed up and on /projects. */
  otherUser: Pages & { page: Page; account: TestAccount };
  /** Automatic: fails the test if the page threw, broke the CSP or failed to hydrate. */
  pageErrors: string[];
};

export const test = base.extend<Fixtures>({
  pageErrors: [
    async ({ page }, provide) => {
      const errors = collectPageErrors(page);
      await provide(errors);
      expect(errors, 'errors in the browser console').toEqual([]);
    },
    { auto: true },
  ],
  account: async ({}, provide) => {
    await provide(makeAccount());
  },
  header: async ({ page }, provide) => provide(new SiteHeader(page)),
  signupPage: async ({ page }, provide) => provide(new SignupPage(page)),
  loginPage: async ({ page }, provide) => provide(new LoginPage(page)),
  projectsPage: async ({ page }, provide) => provide(new ProjectsPage(page)),
  projectPage: async ({ page }, provide) => provide(new ProjectPage(page)),
  notFoundPage: async ({ page }, provide) => provide(new NotFoundPage(page)),
  studio: async ({ page }, provide) => provide(new StudioPage(page)),
  library: async ({ page }, provide) => provide(new LibraryPage(page)),
  signUp: async ({ page }, provide) => {
    await provide(async (account = makeAccount()) => {
      const signupPage = new SignupPage(page);
      await signupPage.goto();
      await signupPage.signUp(account);
      await page.waitForURL('/projects');
      await expect(new ProjectsPage(page).heading).toBeVisible();
      return account;
    });
  },
  saveScreenshot: async ({ page }, provide, testInfo) => {
    const directory = path.resolve(testInfo.project.testDir, '..', 'screenshots');
    await provide(async (name, target = page, options = {}) => {
      await target.screenshot({ path: path.join(directory, `${name}.png`), fullPage: options.fullPage ?? true });
    });
  },
  otherUser: async ({ browser, baseURL }, provide) => {
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    const pages = pagesFor(page);
    const account = makeAccount();
    await pages.signupPage.goto();
    await pages.signupPage.signUp(account);
    await page.waitForURL('/projects');
    await provide({ ...pages, page, account });
    await context.close();
    expect(errors, "errors in the other user's browser console").toEqual([]);
  },
});

export { expect };
