import { createAccount, createProjectViaApi, expect, generateViaApi, makeAccount, test } from '../fixtures';

test.describe('accounts and projects', () => {
  test('sign up, create and rename a project, log out and back in: the renamed project is there', async ({
    page,
    account,
    signupPage,
    loginPage,
    projectsPage,
    header,
    saveScreenshot,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('text, images, video, speech and music');
    await saveScreenshot('landing');

    await page.locator('main').getByRole('link', { name: 'Sign up free' }).click();
    await expect(signupPage.heading).toBeVisible();
    await saveScreenshot('signup');
    await signupPage.signUp(account);

    await page.waitForURL('/projects');
    await expect(projectsPage.emptyState).toBeVisible();
    await expect(header.navigation).toContainText(account.displayName);
    await saveScreenshot('projects-empty');

    await projectsPage.createProject('Launch teaser', 'A 30-second teaser for the spring launch.');
    await projectsPage.renameProject('Launch teaser', 'Spring launch teaser');
    await expect(projectsPage.projectLink('Spring launch teaser')).toBeVisible();
    await expect(projectsPage.projectLink('Launch teaser')).toHaveCount(0);
    await saveScreenshot('projects');

    await header.logOut();
    await expect(header.navigation).not.toContainText(account.displayName);

    await header.logInLink.click();
    await expect(loginPage.heading).toBeVisible();
    await saveScreenshot('login');
    await loginPage.logIn(account);

    await page.waitForURL('/projects');
    await expect(projectsPage.projectLink('Spring launch teaser')).toBeVisible();
    await expect(projectsPage.list.getByText('A 30-second teaser for the spring launch.')).toBeVisible();
    await expect(projectsPage.projectLink('Launch teaser')).toHaveCount(0);
  });

  test("another user's project is a 404 and is not in their list", async ({
    page,
    signUp,
    projectsPage,
    otherUser,
    saveScreenshot,
  }) => {
    await signUp();
    await projectsPage.createProject('Private moodboard');
    await projectsPage.projectLink('Private moodboard').click();
    await page.waitForURL(/\/projects\/[0-9a-f-]{36}$/);
    const projectUrl = new URL(page.url()).pathname;

    const response = await otherUser.page.goto(projectUrl);
    expect(response?.status()).toBe(404);
    await expect(otherUser.notFoundPage.heading).toBeVisible();
    await expect(otherUser.page.getByText('Private moodboard')).toHaveCount(0);
    await saveScreenshot('not-found', otherUser.page);

    await otherUser.projectsPage.goto();
    await expect(otherUser.projectsPage.emptyState).toBeVisible();
    await expect(otherUser.projectsPage.projectLink('Private moodboard')).toHaveCount(0);

    // The API agrees: 404 with the error envelope, exactly as for a project that does not exist.
    const apiResponse = await otherUser.page.request.get(`/api${projectUrl}`);
    expect(apiResponse.status()).toBe(404);
    expect((await apiResponse.json()).error.code).toBe('not_found');
  });

  test('a wrong password and a taken email are shown inline', async ({ page, request, loginPage, signupPage, saveScreenshot }) => {
    const existing = await createAccount(request);

    await loginPage.goto();
    await loginPage.logIn({ email: existing.email, password: 'not-the-password' });
    await expect(loginPage.formError).toHaveText('The email or password is not right.');
    await expect(page).toHaveURL(/\/login$/);
    await saveScreenshot('login-wrong-password');

    await loginPage.signUpLink.click();
    await expect(signupPage.heading).toBeVisible();
    await signupPage.signUp(makeAccount({ email: existing.email }));
    await expect(signupPage.emailInput).toHaveAttribute('aria-invalid', 'true');
    await expect(signupPage.emailInput).toHaveAccessibleDescription('An account with this email already exists. Log in instead.');
    await expect(signupPage.emailInput).toBeFocused();
    await expect(page).toHaveURL(/\/signup$/);
    await saveScreenshot('signup-email-taken');

    await signupPage.signUp(makeAccount({ password: 'short' }));
    await expect(signupPage.passwordInput).toHaveAccessibleDescription(/Password must be at least 8 characters/);
  });

  test('too many failed logins show the rate-limit message', async ({ request, loginPage }) => {
    const account = await createAccount(request);
    // The limit is per email: five failures, then logins for it pause.
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      const response = await request.post('/api/auth/login', { data: { email: account.email, password: 'wrong-password' } });
      expect(response.status()).toBe(401);
    }
    await loginPage.goto();
    await loginPage.logIn(account);
    await expect(loginPage.formError).toHaveText(/^Too many failed logins\. Try again in \d+ (seconds|minutes)\.$/);
    await expect(loginPage.heading).toBeVisible();
  });

  test('opening /projects logged out goes to the login page, then back to /projects', async ({
    page,
    request,
    loginPage,
    projectsPage,
  }) => {
    const account = await createAccount(request);

    await projectsPage.goto();
    await expect(page).toHaveURL('/login?next=%2Fprojects');
    await expect(loginPage.heading).toBeVisible();

    await loginPage.logIn(account);
    await page.waitForURL('/projects');
    await expect(projectsPage.heading).toBeVisible();
    await expect(projectsPage.header.navigation).toContainText(account.displayName);

    // Signed in, the landing page leads to the projects, and the login page sends you there.
    await page.goto('/');
    await expect(page.locator('main').getByRole('link', { name: 'Go to your projects' })).toBeVisible();
    await loginPage.goto();
    await expect(page).toHaveURL('/projects');
  });

  test('a project page shows the project, renames it and deletes it', async ({
    page,
    signUp,
    projectsPage,
    projectPage,
    saveScreenshot,
  }) => {
    await signUp();
    await projectsPage.createProject('Podcast intro', 'Jingle and voice-over for episode one.');
    await projectsPage.projectLink('Podcast intro').click();

    await expect(projectPage.heading('Podcast intro')).toBeVisible();
    await expect(page.getByText('Jingle and voice-over for episode one.')).toBeVisible();
    await expect(page).toHaveTitle('Podcast intro · MediaLab');
    await saveScreenshot('project');

    await projectPage.editButton.click();
    const editDialog = page.getByRole('dialog', { name: 'Edit project' });
    await editDialog.getByLabel('Name').fill('Podcast intro v2');
    await editDialog.getByRole('button', { name: 'Save changes' }).click();
    await expect(projectPage.heading('Podcast intro v2')).toBeVisible();
    await expect(projectsPage.announcement).toHaveText('Project renamed to “Podcast intro v2”.');

    await projectPage.deleteButton.click();
    const deleteDialog = page.getByRole('alertdialog', { name: 'Delete project?' });
    await expect(deleteDialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(deleteDialog).toBeHidden();
    await expect(projectPage.deleteButton).toBeFocused();

    await projectPage.deleteButton.click();
    await deleteDialog.getByRole('button', { name: 'Delete project' }).click();
    await page.waitForURL('/projects');
    await expect(projectsPage.announcement).toHaveText('Project “Podcast intro v2” deleted.');
    await expect(projectsPage.emptyState).toBeVisible();
  });

  test('"Load more" brings the next page of projects', async ({ page, signUp, projectsPage }) => {
    await signUp();
    // 22 projects through the API (the page's own session): one more page than the 20 shown first.
    for (let index = 1; index <= 22; index += 1) {
      const response = await page.request.post('/api/projects', { data: { name: `Batch project ${index}` } });
      expect(response.status()).toBe(201);
    }
    await projectsPage.goto();
    await expect(projectsPage.list.getByRole('listitem')).toHaveCount(20);
    await expect(projectsPage.projectLink('Batch project 22')).toBeVisible();
    await expect(projectsPage.projectLink('Batch project 2')).toHaveCount(0);

    await projectsPage.loadMoreButton.click();
    await expect(projectsPage.list.getByRole('listitem')).toHaveCount(22);
    // Newest first: the next page starts with project 2, and focus moves to it.
    await expect(projectsPage.projectLink('Batch project 2')).toBeFocused();
    await expect(projectsPage.projectLink('Batch project 1')).toBeVisible();
    await expect(projectsPage.loadMoreButton).toHaveCount(0);
    await expect(projectsPage.announcement).toHaveText('Loaded 2 more projects.');
  });

  test('works at 375 px wide', async ({ page, signUp, projectsPage, saveScreenshot }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto('/');
    await saveScreenshot('mobile-landing');
    await signUp();
    const name = 'A project with a rather long name to see how it wraps on a phone';
    await projectsPage.createProject(name, 'Descriptions wrap too, without pushing the page sideways.');
    await saveScreenshot('mobile-projects');
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBe(0);
    await expect(projectsPage.header.logOutButton).toBeVisible();

    await projectsPage.projectLink(name).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await saveScreenshot('mobile-project');
    expect(await overflow()).toBe(0);
  });

  test('each project shows what it holds: counts, its newest pictures, its last generation', async ({ page, signUp, projectsPage, saveScreenshot }) => {
    await signUp();
    const busy = await createProjectViaApi(page, 'Poster series', 'Three posters and a jingle.');
    await createProjectViaApi(page, 'Still empty');
    for (const prompt of ['Red poppies in a field', 'A harbour at night']) {
      await generateViaApi(page, busy, { generationType: 'image', model: 'procedural-image', prompt, parameters: { width: 256, height: 256 } });
    }
    await generateViaApi(page, busy, { generationType: 'music', model: 'music', prompt: 'A bright jingle', parameters: { genre: 'pop', mood: 'happy', durationSeconds: 15 } });

    await projectsPage.goto();
    const card = projectsPage.list.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Poster series', exact: true }) });
    await expect(card).toContainText('2 images · 1 audio file');
    await expect(card).toContainText('Last generation just now');
    const covers = card.locator('img');
    await expect(covers).toHaveCount(2);
    for (const cover of await covers.all()) {
      await expect.poll(() => cover.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true);
    }
    const empty = projectsPage.list.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Still empty', exact: true }) });
    await expect(empty).toContainText('Nothing made yet · Updated just now');
    await expect(empty.locator('img')).toHaveCount(0);
    // This month's spend, with the way to a budget and to the analytics.
    const spend = page.getByRole('region', { name: 'Spent this month' });
    await expect(spend).toContainText('$0.00');
    await expect(spend.getByRole('link', { name: 'Set a budget' })).toHaveAttribute('href', '/settings/budget');
    await expect(spend.getByRole('link', { name: 'See analytics' })).toHaveAttribute('href', '/analytics');
    await saveScreenshot('projects-with-media');
  });
});
