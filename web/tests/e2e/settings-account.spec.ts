import { createAccount, createProjectViaApi, expect, test as base } from '../fixtures';
import { StudioPage } from '../pages/studio-page';
import { AppearanceSettingsPage, BudgetSettingsPage, DefaultModelsSettingsPage, ProfileSettingsPage } from '../pages/settings-page';

type CatalogItem = { id: string; name: string; configured: boolean; models: Array<{ id: string; type: string; name: string }> };

const HINT = 'A generation that would take this month’s spend past it is refused before it runs. Leave empty for no budget.';

const test = base.extend<{
  profilePage: ProfileSettingsPage;
  modelsPage: DefaultModelsSettingsPage;
  budgetPage: BudgetSettingsPage;
  appearancePage: AppearanceSettingsPage;
}>({
  profilePage: async ({ page }, provide) => provide(new ProfileSettingsPage(page)),
  modelsPage: async ({ page }, provide) => provide(new DefaultModelsSettingsPage(page)),
  budgetPage: async ({ page }, provide) => provide(new BudgetSettingsPage(page)),
  appearancePage: async ({ page }, provide) => provide(new AppearanceSettingsPage(page)),
});

test.describe('settings: profile, budget and appearance', () => {
  test('the profile shows the account; the nav moves between sections', async ({ page, signUp, profilePage }) => {
    const account = await signUp();
    await profilePage.goto();
    await expect(profilePage.heading).toBeVisible();
    await expect(profilePage.nameInput).toHaveValue(account.displayName);
    await expect(profilePage.value('Email')).toHaveText(account.email);
    await expect(profilePage.section.getByRole('textbox', { name: 'Email' })).toHaveCount(0);
    await expect(profilePage.sectionLink('Profile')).toHaveAttribute('aria-current', 'page');

    await profilePage.sectionLink('Budget').click();
    await page.waitForURL('/settings/budget');
    await expect(profilePage.sectionLink('Budget')).toHaveAttribute('aria-current', 'page');
    await expect(profilePage.sectionLink('Profile')).not.toHaveAttribute('aria-current');
  });

  test('rename yourself: saved, announced and shown in the header; an empty name is refused', async ({
    page,
    signUp,
    profilePage,
    header,
    projectsPage,
    saveScreenshot,
  }) => {
    const account = await signUp();
    await profilePage.goto();
    let patches = 0;
    page.on('request', (request) => {
      if (request.method() === 'PATCH' && request.url().endsWith('/api/auth/me')) patches += 1;
    });

    // Blank: said under the field, which keeps focus; nothing is sent.
    await profilePage.rename('   ');
    await expect(profilePage.nameInput).toHaveAttribute('aria-invalid', 'true');
    await expect(profilePage.nameInput).toHaveAccessibleDescription(/^Enter the name to show for your account\./);
    await expect(profilePage.nameInput).toBeFocused();
    expect(patches).toBe(0);

    await profilePage.rename('  Grace Hopper ');
    await expect(profilePage.announcement).toHaveText('Name saved: Grace Hopper.');
    await expect(profilePage.nameInput).toHaveValue('Grace Hopper');
    await expect(profilePage.nameInput).not.toHaveAttribute('aria-invalid');
    await expect(header.navigation).toContainText('Signed in as Grace Hopper');
    await expect(header.navigation).not.toContainText(account.displayName);
    expect(patches).toBe(1);
    await saveScreenshot('settings-profile');

    await projectsPage.goto();
    await expect(header.navigation).toContainText('Signed in as Grace Hopper');
    await profilePage.goto();
    await expect(profilePage.nameInput).toHaveValue('Grace Hopper');
  });

  test('change the password: mistakes said inline; the new one logs in, the old one not; other devices are signed out', async ({
    page,
    browser,
    baseURL,
    signUp,
    profilePage,
    header,
    loginPage,
    projectsPage,
    saveScreenshot,
  }) => {
    const account = await signUp();
    const newPassword = `new-${account.password}`;
    // The same account signed in on another device.
    const otherDevice = await browser.newContext({ baseURL });
    const otherLogin = await otherDevice.request.post('/api/auth/login', { data: { email: account.email, password: account.password } });
    expect(otherLogin.status()).toBe(200);

    await profilePage.goto();
    let posts = 0;
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/api/auth/password')) posts += 1;
    });

    // Mistakes the form can see: said under the field, which takes focus; nothing is sent.
    await profilePage.changePassword({ current: account.password, next: newPassword, confirm: `${newPassword}!` });
    await expect(profilePage.confirmPasswordInput).toHaveAttribute('aria-invalid', 'true');
    await expect(profilePage.confirmPasswordInput).toHaveAccessibleDescription('The two new passwords do not match.');
    await expect(profilePage.confirmPasswordInput).toBeFocused();
    await profilePage.changePassword({ current: account.password, next: 'short' });
    await expect(profilePage.newPasswordInput).toHaveAccessibleDescription(
      'The new password must be at least 8 characters. At least 8 characters.',
    );
    await expect(profilePage.newPasswordInput).toBeFocused();
    expect(posts).toBe(0);

    // Show and hide what is typed.
    await expect(profilePage.newPasswordInput).toHaveAttribute('type', 'password');
    await profilePage.showToggle('new password').click();
    await expect(profilePage.showToggle('new password')).toHaveAttribute('aria-pressed', 'true');
    await expect(profilePage.newPasswordInput).toHaveAttribute('type', 'text');
    await expect(profilePage.currentPasswordInput).toHaveAttribute('type', 'password');
    await profilePage.showToggle('new password').click();
    await expect(profilePage.newPasswordInput).toHaveAttribute('type', 'password');

    // A wrong current password: the server's answer goes under that field, emptied and focused.
    await profilePage.changePassword({ current: 'not my password', next: newPassword });
    await expect(profilePage.currentPasswordInput).toHaveAttribute('aria-invalid', 'true');
    await expect(profilePage.currentPasswordInput).toHaveAccessibleDescription('The current password is not right.');
    await expect(profilePage.currentPasswordInput).toBeFocused();
    await expect(profilePage.currentPasswordInput).toHaveValue('');
    await expect(profilePage.newPasswordInput).toHaveValue(newPassword);
    expect(posts).toBe(1);
    await saveScreenshot('settings-password-error');

    await profilePage.currentPasswordInput.fill(account.password);
    await profilePage.changePasswordButton.click();
    await expect(profilePage.announcement).toHaveText('Password changed. Other devices were signed out; this one stays signed in.');
    await expect(profilePage.currentPasswordInput).not.toHaveAttribute('aria-invalid');
    for (const input of [profilePage.currentPasswordInput, profilePage.newPasswordInput, profilePage.confirmPasswordInput]) {
      await expect(input).toHaveValue('');
    }
    expect((await page.request.get('/api/auth/me')).status()).toBe(200);
    expect((await otherDevice.request.get('/api/auth/me')).status()).toBe(401);
    await otherDevice.close();

    await header.logOut();
    await loginPage.goto();
    await loginPage.logIn(account);
    await expect(loginPage.formError).toHaveText('The email or password is not right.');
    await loginPage.logIn({ email: account.email, password: newPassword });
    await page.waitForURL('/projects');
    await expect(projectsPage.heading).toBeVisible();
  });

  test('a default image model is preselected in a fresh studio; a model picked in the tab wins; cleared, the studio chooses', async ({
    page,
    browser,
    baseURL,
    signUp,
    modelsPage,
    saveScreenshot,
  }) => {
    const account = await signUp();
    // A key (never used: nothing is generated) makes OpenAI ready to run.
    const key = await page.request.post('/api/keys', { data: { provider: 'openai', apiKey: 'sk-e2e-default-models-k3y9' } });
    expect(key.status(), await key.text()).toBe(201);
    const catalog = ((await (await page.request.get('/api/providers')).json()) as { items: CatalogItem[] }).items;
    const builtin = catalog.find((provider) => provider.id === 'builtin')!;
    const openai = catalog.find((provider) => provider.id === 'openai')!;
    const imageModels = openai.models.filter((model) => model.type === 'image');
    expect(imageModels.length, 'OpenAI has several image models').toBeGreaterThan(1);
    // Not the studio's own choice (the built-in provider), nor OpenAI's first image model.
    const chosen = imageModels[1]!;
    const keyless = catalog.find((provider) => !provider.configured && provider.models.some((model) => model.type === 'image'))!;
    const projectId = await createProjectViaApi(page, 'Default models');

    await modelsPage.goto();
    await expect(modelsPage.sectionLink('Default models')).toHaveAttribute('aria-current', 'page');
    await expect(modelsPage.group('Image')).toContainText('Starts with the studio’s choice');
    await expect(modelsPage.providerSelect('Image')).toHaveText('The studio’s choice');
    await expect(modelsPage.modelSelect('Image')).toBeDisabled();
    await expect(modelsPage.clearButton('Image')).toHaveCount(0);

    await modelsPage.providerSelect('Image').click();
    await expect(modelsPage.option(keyless.name)).toContainText('Needs an API key');
    await expect(modelsPage.option(openai.name)).toContainText('Ready');
    await modelsPage.option(openai.name).click();
    await expect(modelsPage.modelSelect('Image')).toHaveText(imageModels[0]!.name);
    await modelsPage.modelSelect('Image').click();
    await modelsPage.option(chosen.name).click();
    await expect(modelsPage.group('Image')).toContainText(`Starts with ${chosen.name} (${openai.name}).`);
    await expect(modelsPage.form).toContainText('Your changes are not saved yet.');
    await modelsPage.saveButton.click();
    await expect(modelsPage.announcement).toHaveText('Default models saved.');
    await expect(modelsPage.form).not.toContainText('Your changes are not saved yet.');
    await saveScreenshot('settings-default-models');
    expect(await (await page.request.get('/api/settings/defaults')).json()).toEqual({
      defaults: { image: { provider: 'openai', model: chosen.id } },
    });
    await page.reload();
    await expect(modelsPage.providerSelect('Image')).toHaveText(openai.name);
    await expect(modelsPage.modelSelect('Image')).toHaveText(chosen.name);

    // A fresh browser, where the studio remembers nothing: the image tab opens with the
    // default, a tab without one with the studio's own choice.
    const fresh = await browser.newContext({ baseURL });
    const freshPage = await fresh.newPage();
    expect((await fresh.request.post('/api/auth/login', { data: { email: account.email, password: account.password } })).status()).toBe(200);
    const studio = new StudioPage(freshPage);
    const providerSelect = studio.settings.getByRole('combobox', { name: 'Provider' });
    const modelSelect = studio.settings.getByRole('combobox', { name: 'Model' });
    await studio.goto(projectId);
    await studio.showSettings();
    await expect(providerSelect).toHaveText(openai.name);
    await expect(modelSelect).toHaveText(chosen.name);
    await saveScreenshot('studio-default-model', freshPage);
    await studio.openTab('Video');
    await studio.showSettings();
    await expect(providerSelect).toHaveText(builtin.name);

    // A model picked in the tab is remembered on this device and wins over the default.
    await studio.openTab('Image');
    await studio.showSettings();
    await studio.selectOption('Provider', builtin.name);
    await expect(providerSelect).toHaveText(builtin.name);
    await freshPage.reload();
    await studio.showSettings();
    await expect(providerSelect).toHaveText(builtin.name);
    await fresh.close();

    // Cleared: back to the studio's own choice.
    await modelsPage.clearButton('Image').click();
    await expect(modelsPage.providerSelect('Image')).toHaveText('The studio’s choice');
    await expect(modelsPage.modelSelect('Image')).toBeDisabled();
    await modelsPage.saveButton.click();
    await expect(modelsPage.announcement).toHaveText('Default models saved: every tab starts with the studio’s choice.');
    expect(await (await page.request.get('/api/settings/defaults')).json()).toEqual({ defaults: {} });
  });

  test('at 375 px the profile, password and default-model forms fit', async ({ page, signUp, profilePage, modelsPage, saveScreenshot }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await signUp();
    await profilePage.goto();
    await expect(profilePage.nameInput).toBeVisible();
    await profilePage.expectNoHorizontalScroll();
    await profilePage.changePassword({ current: 'something', next: 'short', confirm: '' });
    await expect(profilePage.newPasswordInput).toHaveAttribute('aria-invalid', 'true');
    await profilePage.expectNoHorizontalScroll();
    await saveScreenshot('settings-profile-375');

    const catalog = ((await (await page.request.get('/api/providers')).json()) as { items: CatalogItem[] }).items;
    const keyless = catalog.find((provider) => !provider.configured && provider.models.some((model) => model.type === 'image'))!;
    await modelsPage.goto();
    await modelsPage.choose('Image', keyless.name);
    await expect(modelsPage.group('Image').getByRole('link', { name: `Add a key for ${keyless.name}` })).toHaveAttribute(
      'href',
      `/settings/keys?provider=${keyless.id}`,
    );
    await modelsPage.expectNoHorizontalScroll();
    await saveScreenshot('settings-default-models-375');
  });

  test('signed out, a settings page sends to the login page and back', async ({ page, request, loginPage }) => {
    const account = await createAccount(request);
    await page.goto('/settings/budget');
    await page.waitForURL(/\/login\?next=/);
    await loginPage.logIn(account);
    await page.waitForURL('/settings/budget');
  });

  test('a budget is set, survives a reload, refuses what is not an amount, and is removed', async ({
    page,
    signUp,
    budgetPage,
    saveScreenshot,
  }) => {
    await signUp();
    await budgetPage.goto();
    await expect(budgetPage.spend).toContainText('$0.00');
    await expect(budgetPage.spend).toContainText('No monthly budget');
    await expect(budgetPage.progress).toHaveCount(0);
    await expect(budgetPage.removeButton).toHaveCount(0);

    // Not an amount: said under the field, nothing is sent.
    let puts = 0;
    page.on('request', (request) => {
      if (request.method() === 'PUT' && request.url().endsWith('/api/settings/budget')) puts += 1;
    });
    await budgetPage.setBudget('ten dollars');
    await expect(budgetPage.budgetInput).toHaveAttribute('aria-invalid', 'true');
    await expect(budgetPage.budgetInput).toHaveAccessibleDescription(/^Enter an amount in US dollars/);
    await expect(budgetPage.budgetInput).toHaveValue('ten dollars');
    await expect(budgetPage.budgetInput).toBeFocused();
    expect(puts).toBe(0);

    await budgetPage.setBudget('2,000,000');
    await expect(budgetPage.budgetInput).toHaveAccessibleDescription('The budget can be at most $1,000,000.00. ' + HINT);
    expect(puts).toBe(0);

    await budgetPage.setBudget('$25');
    await expect(budgetPage.announcement).toHaveText('Monthly budget set to $25.00.');
    await expect(budgetPage.budgetInput).not.toHaveAttribute('aria-invalid');
    await expect(budgetPage.spend).toContainText('$0.00 of $25.00');
    await expect(budgetPage.progress).toHaveAttribute('aria-valuenow', '0');
    await expect(budgetPage.progress).toHaveAttribute('aria-valuetext', '$0.00 of $25.00 (0%)');
    await expect(budgetPage.spend).toContainText('$25.00 left this month');
    await saveScreenshot('settings-budget');

    await page.reload();
    await expect(budgetPage.budgetInput).toHaveValue('25');
    await expect(budgetPage.spend).toContainText('$0.00 of $25.00');
    expect(await (await page.request.get('/api/settings/budget')).json()).toEqual({ monthlyBudgetUsd: 25, spentThisMonthUsd: 0 });

    await budgetPage.removeButton.click();
    await expect(budgetPage.announcement).toHaveText('Monthly budget removed.');
    await expect(budgetPage.budgetInput).toHaveValue('');
    await expect(budgetPage.progress).toHaveCount(0);
    await expect(budgetPage.removeButton).toHaveCount(0);

    // Saving an empty field also means no budget.
    await budgetPage.setBudget('12.50');
    await expect(budgetPage.announcement).toHaveText('Monthly budget set to $12.50.');
    await budgetPage.setBudget('');
    await expect(budgetPage.announcement).toHaveText('Monthly budget removed.');
    await page.reload();
    await expect(budgetPage.budgetInput).toHaveValue('');
    expect(await (await page.request.get('/api/settings/budget')).json()).toEqual({ monthlyBudgetUsd: null, spentThisMonthUsd: 0 });
  });

  test('the theme switches at once, by keyboard too, and stays after a reload and on other pages', async ({
    page,
    signUp,
    appearancePage,
    projectsPage,
  }) => {
    await signUp();
    await appearancePage.goto();
    await expect(appearancePage.theme('System')).toBeChecked();
    expect(await appearancePage.appliedTheme()).toBeNull();
    const lightBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);

    await appearancePage.theme('Dark').check();
    await expect(appearancePage.announcement).toHaveText('Theme set to Dark.');
    expect(await appearancePage.appliedTheme()).toBe('dark');
    expect(await appearancePage.renderedScheme()).toBe('dark');
    const darkBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(darkBackground).not.toBe(lightBackground);

    await appearancePage.watchFirstPaint();
    await page.reload();
    await expect(appearancePage.theme('Dark')).toBeChecked();
    // Dark before the header was even parsed: no light flash.
    expect(await appearancePage.themeBeforeFirstPaint()).toBe('dark');
    expect(await appearancePage.appliedTheme()).toBe('dark');
    expect(await appearancePage.renderedScheme()).toBe('dark');

    // Another page, loaded afresh, is dark from its first paint.
    await projectsPage.goto();
    await expect(projectsPage.heading).toBeVisible();
    expect(await appearancePage.themeBeforeFirstPaint()).toBe('dark');
    expect(await appearancePage.appliedTheme()).toBe('dark');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(darkBackground);

    // Arrow keys move through the options (one tab stop), each applied as it is chosen.
    await appearancePage.goto();
    await appearancePage.theme('Dark').focus();
    await page.keyboard.press('ArrowRight');
    await expect(appearancePage.theme('System')).toBeChecked();
    await expect(appearancePage.theme('System')).toBeFocused();
    expect(await appearancePage.appliedTheme()).toBeNull();
    await page.keyboard.press('ArrowRight');
    await expect(appearancePage.theme('Light')).toBeChecked();
    expect(await appearancePage.appliedTheme()).toBe('light');
    expect(await page.evaluate(() => window.localStorage.getItem('medialab-theme'))).toBe('light');

    // Light wins over a dark device; System follows the device.
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await appearancePage.renderedScheme()).toBe('light');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(lightBackground);
    await appearancePage.theme('System').check();
    await expect(appearancePage.announcement).toHaveText('Theme set to System.');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(darkBackground);
    await page.reload();
    await expect(appearancePage.theme('System')).toBeChecked();
    expect(await page.evaluate(() => window.localStorage.getItem('medialab-theme'))).toBeNull();
  });
});
