import { expect, type Locator, type Page } from '@playwright/test';
import { SiteHeader } from './site-header';

/** The /projects dashboard. */
export class ProjectsPage {
  readonly header: SiteHeader;
  readonly heading: Locator;
  readonly list: Locator;
  readonly emptyState: Locator;
  readonly newProjectForm: Locator;
  readonly nameInput: Locator;
  readonly descriptionInput: Locator;
  readonly createButton: Locator;
  readonly loadMoreButton: Locator;
  /** The app's polite live region, where changes are announced. */
  readonly announcement: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.header = new SiteHeader(page);
    this.heading = page.getByRole('heading', { level: 1, name: 'Projects' });
    this.list = page.getByRole('region', { name: 'Your projects' });
    this.emptyState = this.list.getByText('No projects yet');
    this.newProjectForm = page.getByRole('region', { name: 'New project' });
    this.nameInput = this.newProjectForm.getByLabel('Name');
    this.descriptionInput = this.newProjectForm.getByLabel('Description');
    this.createButton = this.newProjectForm.getByRole('button', { name: 'Create project' });
    this.loadMoreButton = page.getByRole('button', { name: 'Load more projects' });
    this.announcement = page.getByRole('status');
    this.dialog = page.getByRole('dialog');
  }

  async goto(): Promise<void> {
    await this.page.goto('/projects');
  }

  projectLink(name: string): Locator {
    return this.list.getByRole('link', { name, exact: true });
  }

  async createProject(name: string, description = ''): Promise<void> {
    await this.nameInput.fill(name);
    await this.descriptionInput.fill(description);
    await this.createButton.click();
    await expect(this.announcement).toHaveText(`Project “${name}” created.`);
    await expect(this.projectLink(name)).toBeVisible();
  }

  async renameProject(from: string, to: string): Promise<void> {
    await this.list.getByRole('button', { name: `Edit ${from}`, exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Edit project' });
    await expect(dialog).toBeVisible();
    await dialog.getByLabel('Name').fill(to);
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.announcement).toHaveText(`Project renamed to “${to}”.`);
  }

  async deleteProject(name: string): Promise<void> {
    await this.list.getByRole('button', { name: `Delete ${name}`, exact: true }).click();
    const dialog = this.page.getByRole('alertdialog', { name: 'Delete project?' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Delete project' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.announcement).toHaveText(`Project “${name}” deleted.`);
  }
}
