import { expect, type Locator, type Page } from '@playwright/test';

export type StudioTabName = 'Text' | 'Image' | 'Video' | 'Audio' | 'Music' | 'Library';

/** A project's studio: the tabs, the prompt form, the settings, the results and the player bar. */
export class StudioPage {
  readonly nav: Locator;
  readonly form: Locator;
  readonly prompt: Locator;
  readonly generateButton: Locator;
  readonly costEstimate: Locator;
  readonly settings: Locator;
  /** The button that folds the settings open on a phone (hidden from the large breakpoint). */
  readonly settingsToggle: Locator;
  readonly player: Locator;
  readonly audio: Locator;
  readonly toasts: Locator;
  /** The app's polite live region, where changes are announced. */
  readonly announcement: Locator;

  constructor(readonly page: Page) {
    this.nav = page.getByRole('navigation', { name: 'Studio' });
    this.form = page.getByRole('form', { name: /^New / });
    this.prompt = this.form.getByRole('textbox').first();
    this.generateButton = this.form.getByRole('button', { name: 'Generate', exact: true });
    this.costEstimate = this.form.getByTestId('cost-estimate');
    this.settings = page.getByRole('region', { name: /^Settings/ });
    this.settingsToggle = this.settings.getByRole('button', { name: /^Settings/, expanded: false });
    this.player = page.getByRole('region', { name: 'Player' });
    this.audio = page.getByTestId('studio-audio');
    this.toasts = page.getByRole('region', { name: /Notifications/ });
    this.announcement = page.getByRole('status');
  }

  async goto(projectId: string, path = ''): Promise<void> {
    await this.page.goto(`/projects/${projectId}${path}`);
  }

  tab(name: StudioTabName): Locator {
    return this.nav.getByRole('link', { name, exact: true });
  }

  async openTab(name: StudioTabName): Promise<void> {
    await this.tab(name).click();
    await expect(this.tab(name)).toHaveAttribute('aria-current', 'page');
  }

  /** On a phone the settings are folded away: open them (a no-op on a wide screen). */
  async showSettings(): Promise<void> {
    await this.settings.waitFor();
    if (await this.settingsToggle.isVisible()) await this.settingsToggle.click();
    await expect(this.settings.getByRole('combobox', { name: 'Provider' })).toBeVisible();
  }

  /** A chip in a group of choices (genre, mood, size…). */
  choice(group: string, option: string): Locator {
    return this.page.getByRole('radiogroup', { name: group }).getByRole('radio', { name: option });
  }

  /** Picks an option of a select (provider, model, voice…) by the select's label. */
  async selectOption(label: string, option: string | RegExp): Promise<void> {
    await this.page.getByRole('combobox', { name: label }).click();
    await this.page.getByRole('option', typeof option === 'string' ? { name: option, exact: true } : { name: option }).click();
  }

  async generate(prompt: string): Promise<void> {
    await this.prompt.fill(prompt);
    await expect(this.generateButton).toBeEnabled();
    await this.generateButton.click();
  }

  /** A generation in the results, named by its prompt. */
  generation(prompt: string): Locator {
    return this.page.getByRole('article', { name: prompt });
  }

  /** A finished track (music tab, audio results) by its title. */
  track(title: string): Locator {
    return this.page.getByTestId('track').filter({ has: this.page.getByText(title, { exact: true }) });
  }

  /** Seconds into the track the studio's audio element is. */
  async audioTime(): Promise<number> {
    return this.audio.evaluate((element) => (element as HTMLAudioElement).currentTime);
  }

  async audioPaused(): Promise<boolean> {
    return this.audio.evaluate((element) => (element as HTMLAudioElement).paused);
  }
}
