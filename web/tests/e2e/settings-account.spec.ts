import { createAccount, expect, test as base } from '../fixtures';
import { AppearanceSettingsPage, BudgetSettingsPage, ProfileSettingsPage } from '../pages/settings-page';

const HINT = 'A generation that would take this month’s spend past it is refused before it runs. Leave empty for no budget.';

const test = base.extend<{ profilePage: ProfileSettingsPage; budgetPage: BudgetSettingsPage; appearancePage: AppearanceSettingsPage }>({
  profilePage: async ({ page }, provide) => provide(new ProfileSettingsPage(page)),
  budgetPage: async ({ page }, provide) => provide(new BudgetSettingsPage(page)),
  appearancePage: async ({ page }, provide) => provide(new AppearanceSettingsPage(page)),
});

test.describe('settings: profile, budget and appearance', () => {
  test('the profile shows the account; the nav moves between sections', async ({ page, signUp, profilePage }) => {
    const account = await signUp();
    await profilePage.goto();
    await expect(profilePage.heading).toBeVisible();
    await expect(profilePage.value('Name')).toHaveText(account.displayName);
    await expect(profilePage.value('Email')).toHaveText(account.email);
    await expect(profilePage.sectionLink('Profile')).toHaveAttribute('aria-current', 'page');

    await profilePage.sectionLink('Budget').click();
    await page.waitForURL('/settings/budget');
    await expect(profilePage.sectionLink('Budget')).toHaveAttribute('aria-current', 'page');
    await expect(profilePage.sectionLink('Profile')).not.toHaveAttribute('aria-current');
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
