import { expect, type Locator, type Page } from '@playwright/test';

/** /analytics: the range and project filters, the summary, the charts, the model table and the failures. */
export class AnalyticsPage {
  readonly heading: Locator;
  readonly results: Locator;
  readonly rangeGroup: Locator;
  readonly fromInput: Locator;
  readonly toInput: Locator;
  readonly projectSelect: Locator;
  readonly summary: Locator;
  readonly modelTable: Locator;
  readonly failures: Locator;
  readonly emptyState: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Analytics' });
    this.results = page.getByTestId('analytics-results');
    this.rangeGroup = page.getByRole('radiogroup', { name: 'Range' });
    this.fromInput = page.getByLabel('From', { exact: true });
    this.toInput = page.getByLabel('To', { exact: true });
    this.projectSelect = page.getByRole('combobox', { name: 'Project' });
    this.summary = page.getByRole('region', { name: 'Summary' });
    this.modelTable = page.getByRole('region', { name: 'By provider and model', exact: true }).getByRole('table');
    this.failures = page.getByRole('region', { name: 'Failures by reason' });
    this.emptyState = page.getByText('No generations in this range');
  }

  async goto(query = ''): Promise<void> {
    await this.page.goto(`/analytics${query}`);
    await expect(this.heading).toBeVisible();
  }

  /** Waits until the figures for the current filters have loaded (or failed). */
  async waitForResults(): Promise<void> {
    await expect(this.results).toHaveAttribute('aria-busy', 'false');
  }

  /** The value of a summary card ("Spend", "Generations", "Success rate", "Latency"). */
  card(title: string): Locator {
    return this.summary.locator('dt', { hasText: title }).locator('xpath=following-sibling::dd[1]');
  }

  /** The note under a summary card's value. */
  cardNote(title: string): Locator {
    return this.summary.locator('dt', { hasText: title }).locator('xpath=following-sibling::dd[2]');
  }

  preset(days: 7 | 30 | 90): Locator {
    return this.rangeGroup.getByRole('radio', { name: `Last ${days} days` });
  }

  async selectProject(name: string): Promise<void> {
    await this.projectSelect.click();
    await this.page.getByRole('option', { name, exact: true }).click();
  }

  async setCustomRange(from: string, to: string): Promise<void> {
    // From first when moving back in time, so the range never has from after to in between.
    await this.fromInput.fill(from);
    await this.toInput.fill(to);
  }

  /** A row of the model table, by the model's display name. */
  modelRow(name: string): Locator {
    return this.modelTable.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: new RegExp(`^${name}`) }) });
  }

  sortButton(name: 'Spend' | 'Generations'): Locator {
    return this.modelTable.getByRole('button', { name, exact: true });
  }

  /** The page has no sideways scrolling (the 375 px check). */
  async expectNoHorizontalScroll(): Promise<void> {
    const overflow = await this.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'pixels the page is wider than the viewport').toBeLessThanOrEqual(0);
  }
}
