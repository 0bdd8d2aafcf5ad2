import { expect, type Locator, type Page } from '@playwright/test';

/** What every settings page shares: the heading, the sections' navigation, the app's live region. */
class SettingsLayout {
  readonly heading: Locator;
  readonly navigation: Locator;
  /** The app's polite live region, where changes are announced. */
  readonly announcement: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Settings' });
    this.navigation = page.getByRole('navigation', { name: 'Settings' });
    this.announcement = page.getByRole('status');
  }

  sectionLink(name: 'Profile' | 'API keys' | 'Default models' | 'Budget' | 'Appearance'): Locator {
    return this.navigation.getByRole('link', { name, exact: true });
  }

  /** The page has no sideways scrolling (the 375 px check). */
  async expectNoHorizontalScroll(): Promise<void> {
    const overflow = await this.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'pixels the page is wider than the viewport').toBeLessThanOrEqual(0);
  }
}

/** /settings: the profile (name, email) and the password. */
export class ProfileSettingsPage extends SettingsLayout {
  readonly section: Locator;
  readonly nameInput: Locator;
  readonly saveNameButton: Locator;
  readonly passwordForm: Locator;
  readonly currentPasswordInput: Locator;
  readonly newPasswordInput: Locator;
  readonly confirmPasswordInput: Locator;
  readonly changePasswordButton: Locator;

  constructor(page: Page) {
    super(page);
    this.section = page.getByRole('region', { name: 'Profile' });
    this.nameInput = this.section.getByLabel('Name', { exact: true });
    this.saveNameButton = this.section.getByRole('button', { name: 'Save name' });
    this.passwordForm = this.section.getByRole('form', { name: 'Change password' });
    this.currentPasswordInput = this.passwordForm.getByLabel('Current password', { exact: true });
    this.newPasswordInput = this.passwordForm.getByLabel('New password', { exact: true });
    this.confirmPasswordInput = this.passwordForm.getByLabel('Confirm new password', { exact: true });
    this.changePasswordButton = this.passwordForm.getByRole('button', { name: 'Change password' });
  }

  async goto(): Promise<void> {
    await this.page.goto('/settings');
  }

  /** The value shown for a term of the profile ("Email"). */
  value(term: string): Locator {
    return this.section.locator('dt', { hasText: term }).locator('xpath=following-sibling::dd[1]');
  }

  async rename(name: string): Promise<void> {
    await this.nameInput.fill(name);
    await this.saveNameButton.click();
  }

  /** The button that shows or hides one password field ("current password", "new password", "confirmation"). */
  showToggle(what: string): Locator {
    return this.passwordForm.getByRole('button', { name: `Show the ${what}` });
  }

  async changePassword(passwords: { current: string; next: string; confirm?: string }): Promise<void> {
    await this.currentPasswordInput.fill(passwords.current);
    await this.newPasswordInput.fill(passwords.next);
    await this.confirmPasswordInput.fill(passwords.confirm ?? passwords.next);
    await this.changePasswordButton.click();
  }
}

export type ModelType = 'Text' | 'Image' | 'Video' | 'Audio' | 'Music';

/** /settings/models: the default provider and model per type. */
export class DefaultModelsSettingsPage extends SettingsLayout {
  readonly form: Locator;
  readonly saveButton: Locator;

  constructor(page: Page) {
    super(page);
    this.form = page.getByRole('form', { name: 'Default models' });
    this.saveButton = this.form.getByRole('button', { name: 'Save defaults' });
  }

  async goto(): Promise<void> {
    await this.page.goto('/settings/models');
  }

  group(type: ModelType): Locator {
    return this.form.getByRole('group', { name: type, exact: true });
  }

  providerSelect(type: ModelType): Locator {
    return this.group(type).getByRole('combobox', { name: 'Provider' });
  }

  modelSelect(type: ModelType): Locator {
    return this.group(type).getByRole('combobox', { name: 'Model' });
  }

  clearButton(type: ModelType): Locator {
    return this.group(type).getByRole('button', { name: /^Use the studio’s choice/ });
  }

  /** The open select's options. */
  option(name: string): Locator {
    return this.page.getByRole('option', { name, exact: true });
  }

  async choose(type: ModelType, provider: string, model?: string): Promise<void> {
    await this.providerSelect(type).click();
    await this.option(provider).click();
    if (model === undefined) return;
    await this.modelSelect(type).click();
    await this.option(model).click();
  }
}

export type NewKey = { provider: string; apiKey: string; label?: string; baseUrl?: string; makeDefault?: boolean };

/** /settings/keys: providers, their keys, and the Add and Delete dialogs. */
export class ApiKeysSettingsPage extends SettingsLayout {
  readonly section: Locator;
  readonly addDialog: Locator;
  readonly deleteDialog: Locator;
  readonly providerSelect: Locator;
  readonly apiKeyInput: Locator;
  readonly labelInput: Locator;
  readonly baseUrlInput: Locator;
  readonly makeDefaultCheckbox: Locator;
  readonly saveButton: Locator;

  constructor(page: Page) {
    super(page);
    this.section = page.getByRole('region', { name: 'API keys' });
    this.addDialog = page.getByRole('dialog', { name: 'Add an API key' });
    this.deleteDialog = page.getByRole('alertdialog', { name: 'Delete key?' });
    this.providerSelect = this.addDialog.getByLabel('Provider');
    this.apiKeyInput = this.addDialog.getByLabel('API key');
    this.labelInput = this.addDialog.getByLabel('Label');
    this.baseUrlInput = this.addDialog.getByLabel('Base URL');
    this.makeDefaultCheckbox = this.addDialog.getByRole('checkbox', { name: /^Make this the default/ });
    this.saveButton = this.addDialog.getByRole('button', { name: 'Save key' });
  }

  async goto(providerId?: string): Promise<void> {
    await this.page.goto(providerId ? `/settings/keys?provider=${encodeURIComponent(providerId)}` : '/settings/keys');
  }

  /** A provider's card, by the heading that names it. */
  provider(name: string): Locator {
    return this.section.getByRole('region', { name, exact: true });
  }

  /** One key of a provider, by its label. */
  key(providerName: string, label: string): Locator {
    return this.provider(providerName).getByRole('listitem').filter({ has: this.page.getByText(label, { exact: true }) });
  }

  testResult(key: Locator): Locator {
    return key.getByTestId('key-test-result');
  }

  async openAddDialog(providerName: string): Promise<void> {
    await this.provider(providerName).getByRole('button', { name: /^Add key/ }).click();
    await expect(this.addDialog).toBeVisible();
  }

  /** Fills the open Add dialog and saves (the dialog stays open if the API refuses). */
  async fillAndSave(key: NewKey): Promise<void> {
    await this.providerSelect.selectOption(key.provider);
    await this.apiKeyInput.fill(key.apiKey);
    if (key.baseUrl !== undefined) await this.baseUrlInput.fill(key.baseUrl);
    if (key.label !== undefined) await this.labelInput.fill(key.label);
    if (key.makeDefault) await this.makeDefaultCheckbox.check();
    await this.saveButton.click();
  }

  async testKey(key: Locator): Promise<void> {
    await key.getByRole('button', { name: /^Test/ }).click();
  }

  async makeDefault(key: Locator): Promise<void> {
    await key.getByRole('button', { name: /^Make default/ }).click();
  }

  async deleteKey(key: Locator): Promise<void> {
    await key.getByRole('button', { name: /^Delete/ }).click();
    await expect(this.deleteDialog).toBeVisible();
    await this.deleteDialog.getByRole('button', { name: 'Delete key' }).click();
    await expect(this.deleteDialog).toBeHidden();
  }
}

/** /settings/budget: this month's spend and the monthly budget. */
export class BudgetSettingsPage extends SettingsLayout {
  readonly spend: Locator;
  readonly budgetInput: Locator;
  readonly saveButton: Locator;
  readonly removeButton: Locator;
  readonly progress: Locator;

  constructor(page: Page) {
    super(page);
    this.spend = page.getByRole('region', { name: /^Spent in / });
    this.budgetInput = page.getByLabel(/^Monthly budget/);
    this.saveButton = page.getByRole('button', { name: 'Save budget' });
    this.removeButton = page.getByRole('button', { name: 'Remove budget' });
    this.progress = page.getByRole('progressbar', { name: /^Budget used in / });
  }

  async goto(): Promise<void> {
    await this.page.goto('/settings/budget');
  }

  async setBudget(amount: string): Promise<void> {
    await this.budgetInput.fill(amount);
    await this.saveButton.click();
  }
}

/** /settings/appearance: the theme. */
export class AppearanceSettingsPage extends SettingsLayout {
  readonly themeGroup: Locator;

  constructor(page: Page) {
    super(page);
    this.themeGroup = page.getByRole('group', { name: 'Theme' });
  }

  async goto(): Promise<void> {
    await this.page.goto('/settings/appearance');
  }

  theme(name: 'Light' | 'Dark' | 'System'): Locator {
    return this.themeGroup.getByRole('radio', { name, exact: true });
  }

  /** The theme <html> carries: the explicit choice, or null when the device decides. */
  async appliedTheme(): Promise<string | null> {
    return this.page.evaluate(() => document.documentElement.getAttribute('data-theme'));
  }

  /**
   * From now on, records the theme <html> has when the page's header is parsed, before
   * anything is painted and long before React runs: read it with themeBeforeFirstPaint().
   */
  async watchFirstPaint(): Promise<void> {
    await this.page.addInitScript(() => {
      const observer = new MutationObserver(() => {
        if (!document.querySelector('header')) return;
        (window as unknown as { themeAtHeader: string | null }).themeAtHeader = document.documentElement.getAttribute('data-theme');
        observer.disconnect();
      });
      observer.observe(document, { childList: true, subtree: true });
    });
  }

  async themeBeforeFirstPaint(): Promise<string | null | undefined> {
    return this.page.evaluate(() => (window as unknown as { themeAtHeader?: string | null }).themeAtHeader);
  }

  /** The colour scheme the page renders in, as the browser computes it for <html>. */
  async renderedScheme(): Promise<string> {
    return this.page.evaluate(() => getComputedStyle(document.documentElement).colorScheme);
  }
}
