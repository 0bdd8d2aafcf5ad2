import type { Locator, Page } from '@playwright/test';

/** /projects/[id]: one project. */
export class ProjectPage {
  readonly editButton: Locator;
  readonly deleteButton: Locator;
  readonly backLink: Locator;

  constructor(readonly page: Page) {
    this.editButton = page.locator('main').getByRole('button', { name: 'Edit', exact: true });
    this.deleteButton = page.locator('main').getByRole('button', { name: 'Delete', exact: true });
    this.backLink = page.getByRole('link', { name: 'All projects' });
  }

  heading(name: string): Locator {
    return this.page.getByRole('heading', { level: 1, name });
  }

  async goto(id: string) {
    return this.page.goto(`/projects/${id}`);
  }
}

/** The 404 page. */
export class NotFoundPage {
  readonly heading: Locator;
  readonly homeLink: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Page not found' });
    this.homeLink = page.getByRole('link', { name: 'Go home' });
  }
}
