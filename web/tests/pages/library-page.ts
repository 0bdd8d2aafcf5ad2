import type { Locator, Page } from '@playwright/test';

/** The studio's library tab: filters, the grid, the lightbox, the share dialog and select mode. */
export class LibraryPage {
  readonly heading: Locator;
  readonly search: Locator;
  readonly favouritesFilter: Locator;
  readonly grid: Locator;
  readonly tiles: Locator;
  readonly lightbox: Locator;
  readonly lightboxCounter: Locator;
  readonly shareDialog: Locator;
  /** Enters select mode; "Done" leaves it. */
  readonly selectButton: Locator;
  readonly doneButton: Locator;
  readonly selectionBar: Locator;
  readonly selectionCount: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 2, name: 'Library' });
    this.search = page.getByRole('searchbox', { name: 'Search prompts' });
    this.favouritesFilter = page.getByRole('search').getByRole('button', { name: 'Favourites' });
    this.grid = page.getByTestId('library-grid');
    this.tiles = page.getByTestId('asset-tile');
    this.lightbox = page.getByTestId('lightbox');
    this.lightboxCounter = this.lightbox.getByText(/^\d+ of \d+$/);
    this.shareDialog = page.getByRole('dialog', { name: /^Share/ });
    this.selectButton = page.getByRole('button', { name: 'Select', exact: true });
    this.doneButton = page.getByRole('button', { name: 'Done', exact: true });
    this.selectionBar = page.getByRole('region', { name: 'Selection' });
    this.selectionCount = this.selectionBar.getByText(/^\d+ selected$/);
  }

  /** A tile's checkbox in select mode. */
  checkbox(title: string): Locator {
    return this.page.getByRole('checkbox', { name: `Select ${title}`, exact: true });
  }

  /** A tile in select mode, found by its checkbox. */
  selectableTile(title: string): Locator {
    return this.tiles.filter({ has: this.checkbox(title) });
  }

  barButton(name: 'Select all loaded' | 'Download .zip' | 'Delete' | 'Clear'): Locator {
    return this.selectionBar.getByRole('button', { name, exact: true });
  }

  typeFilter(name: 'All' | 'Images' | 'Video' | 'Audio' | 'Text'): Locator {
    return this.page.getByRole('radiogroup', { name: 'Type' }).getByRole('radio', { name });
  }

  tile(title: string): Locator {
    return this.tiles.filter({ has: this.page.getByRole('button', { name: `Open ${title}`, exact: true }) });
  }

  async open(title: string): Promise<void> {
    await this.page.getByRole('button', { name: `Open ${title}`, exact: true }).click();
  }

  /** Opens the share dialog of the open lightbox's asset, creates a link and returns its address. */
  async createShareLink(from: Locator, expiry = '1 day'): Promise<string> {
    await from.getByRole('button', { name: /^Share/ }).click();
    await this.shareDialog.getByRole('radio', { name: expiry }).click();
    await this.shareDialog.getByRole('button', { name: 'Create link' }).click();
    const field = this.shareDialog.getByLabel('Share link');
    await field.waitFor();
    return field.inputValue();
  }
}
