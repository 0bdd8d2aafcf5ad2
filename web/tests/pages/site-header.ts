import type { Locator, Page } from '@playwright/test';

/** The header on every page: the account navigation. */
export class SiteHeader {
  readonly navigation: Locator;
  readonly logOutButton: Locator;
  readonly logInLink: Locator;
  readonly signUpLink: Locator;

  constructor(readonly page: Page) {
    this.navigation = page.getByRole('navigation', { name: 'Account' });
    this.logOutButton = this.navigation.getByRole('button', { name: 'Log out' });
    this.logInLink = this.navigation.getByRole('link', { name: 'Log in' });
    this.signUpLink = this.navigation.getByRole('link', { name: 'Sign up' });
  }

  async logOut(): Promise<void> {
    await this.logOutButton.click();
    await this.page.waitForURL('/');
    await this.logInLink.waitFor();
  }
}
