import type { Locator, Page } from '@playwright/test';
import type { TestAccount } from '../fixtures';

/** What the login and signup forms share. */
abstract class AuthForm {
  readonly emailInput: Locator;
  readonly passwordInput: Locator;
  /** The message about the whole form (wrong password, too many attempts). */
  readonly formError: Locator;

  constructor(readonly page: Page) {
    this.emailInput = page.getByLabel('Email');
    this.passwordInput = page.getByLabel('Password');
    this.formError = page.locator('main').getByRole('alert');
  }
}

export class LoginPage extends AuthForm {
  readonly heading: Locator;
  readonly submitButton: Locator;
  readonly signUpLink: Locator;

  constructor(page: Page) {
    super(page);
    this.heading = page.getByRole('heading', { level: 1, name: 'Log in' });
    this.submitButton = page.getByRole('button', { name: 'Log in' });
    this.signUpLink = page.locator('main').getByRole('link', { name: 'Create an account' });
  }

  async goto(next?: string): Promise<void> {
    await this.page.goto(next ? `/login?next=${encodeURIComponent(next)}` : '/login');
  }

  async logIn(account: Pick<TestAccount, 'email' | 'password'>): Promise<void> {
    await this.emailInput.fill(account.email);
    await this.passwordInput.fill(account.password);
    await this.submitButton.click();
  }
}

export class SignupPage extends AuthForm {
  readonly heading: Locator;
  readonly nameInput: Locator;
  readonly submitButton: Locator;
  readonly logInLink: Locator;

  constructor(page: Page) {
    super(page);
    this.heading = page.getByRole('heading', { level: 1, name: 'Create your account' });
    this.nameInput = page.getByLabel('Name');
    this.submitButton = page.getByRole('button', { name: 'Create account' });
    this.logInLink = page.locator('main').getByRole('link', { name: 'Log in' });
  }

  async goto(): Promise<void> {
    await this.page.goto('/signup');
  }

  async signUp(account: TestAccount): Promise<void> {
    await this.nameInput.fill(account.displayName);
    await this.emailInput.fill(account.email);
    await this.passwordInput.fill(account.password);
    await this.submitButton.click();
  }
}
