import fs from 'node:fs';
import path from 'node:path';
import { expect, test as base } from '../fixtures';
import { ApiKeysSettingsPage } from '../pages/settings-page';
import { sendJson, startStubServer, type StubServer } from '../support/stub-server';

// IMPORTANT: the stub listens on 127.0.0.1, so the e2e server must run with
// ALLOW_PRIVATE_PROVIDER_URLS=true (playwright.config.ts, webServer.env).

const COMPATIBLE = 'OpenAI-compatible (Ollama, LM Studio, OpenRouter, vLLM)';
const modelsList = JSON.parse(
  fs.readFileSync(path.resolve(import.meta.dirname, '../../src/lib/providers/openai-compatible/__fixtures__/models-list.json'), 'utf8'),
) as { data: Array<{ id: string }> };

const test = base.extend<{ keysPage: ApiKeysSettingsPage; modelServer: StubServer }>({
  keysPage: async ({ page }, provide) => provide(new ApiKeysSettingsPage(page)),
  /** An OpenAI-compatible server on 127.0.0.1 that lists its models (GET /v1/models). */
  modelServer: async ({}, provide) => {
    const server = await startStubServer((request, response) => {
      if (request.method === 'GET' && request.path === '/v1/models') sendJson(response, 200, modelsList);
      else sendJson(response, 404, { error: { message: `no route ${request.method} ${request.path}` } });
    });
    await provide(server);
    await server.close();
  },
});

test.describe('settings: API keys', () => {
  test('add an OpenAI-compatible key, test it against the server, make another the default, delete both', async ({
    page,
    signUp,
    keysPage,
    modelServer,
    saveScreenshot,
  }) => {
    await signUp();
    await keysPage.goto();
    await expect(keysPage.provider('Built-in (offline)')).toContainText('Works offline, no key');
    await expect(keysPage.provider(COMPATIBLE)).toContainText('No OpenAI-compatible key yet');

    const secret = `sk-local-${Date.now().toString(36)}-k3y9`;
    const baseUrl = `${modelServer.url}/v1`;

    // The base URL is missing: said under that field, which takes focus; nothing is sent.
    await keysPage.openAddDialog(COMPATIBLE);
    await expect(keysPage.providerSelect).toHaveValue('openai-compatible');
    await expect(keysPage.apiKeyInput).toHaveAttribute('type', 'password');
    await keysPage.fillAndSave({ provider: 'openai-compatible', apiKey: secret, label: 'Home server' });
    await expect(keysPage.baseUrlInput).toHaveAttribute('aria-invalid', 'true');
    await expect(keysPage.baseUrlInput).toBeFocused();
    await expect(keysPage.baseUrlInput).toHaveAccessibleDescription(/^Enter the address of your server/);

    // The API refuses a base URL with credentials in it: its reason is shown under the field.
    const withCredentials = new URL(baseUrl);
    withCredentials.username = 'me';
    withCredentials.password = 'hunter2';
    await keysPage.baseUrlInput.fill(withCredentials.toString());
    await keysPage.saveButton.click();
    await expect(keysPage.baseUrlInput).toHaveAccessibleDescription(/must not contain a user name or password/);
    await expect(keysPage.baseUrlInput).toBeFocused();
    await expect(keysPage.addDialog.getByRole('alert')).toBeHidden();
    // The key is still in its field, so only the base URL needs fixing.
    await expect(keysPage.apiKeyInput).toHaveValue(secret);

    const saved = page.waitForRequest((request) => request.url().endsWith('/api/keys') && request.method() === 'POST');
    await keysPage.baseUrlInput.fill(baseUrl);
    await keysPage.saveButton.click();
    // The key travels in the POST body and nowhere else.
    const postBody = (await saved).postDataJSON() as Record<string, unknown>;
    expect(postBody).toEqual({ provider: 'openai-compatible', apiKey: secret, label: 'Home server', baseUrl });
    await expect(keysPage.addDialog).toBeHidden();
    await expect(keysPage.announcement).toHaveText('OpenAI-compatible key “Home server” added as the default.');

    const home = keysPage.key(COMPATIBLE, 'Home server');
    await expect(home).toContainText(`••••${secret.slice(-4)}`);
    await expect(home).toContainText(baseUrl);
    await expect(home).toContainText('Default');
    await expect(home).toContainText('never used');
    // After saving, focus is on the new key's Test button.
    await expect(home.getByRole('button', { name: /^Test/ })).toBeFocused();
    await expect(page.locator('body')).not.toContainText(secret);
    expect(page.url()).not.toContain(secret.slice(-8));

    // Test: the app asks the server for its models with the key, and shows what it said.
    modelServer.requests.length = 0;
    await keysPage.testKey(home);
    const result = keysPage.testResult(home);
    await expect(result).toHaveAttribute('aria-live', 'polite');
    await expect(result).toContainText(`Connected to ${new URL(modelServer.url).host}`);
    await expect(result).toContainText(modelsList.data[0]!.id);
    expect(modelServer.requests.map((request) => [request.method, request.path])).toEqual([['GET', '/v1/models']]);
    expect(modelServer.requests[0]!.headers.authorization).toBe(`Bearer ${secret}`);
    await expect(home).toContainText('last used just now');
    await saveScreenshot('settings-keys');

    // A second key, then made the default in place of the first.
    await keysPage.openAddDialog(COMPATIBLE);
    await expect(keysPage.apiKeyInput).toHaveValue('');
    await expect(keysPage.makeDefaultCheckbox).not.toBeChecked();
    await keysPage.fillAndSave({ provider: 'openai-compatible', apiKey: `${secret}-2nd0`, label: 'Backup', baseUrl });
    await expect(keysPage.addDialog).toBeHidden();
    await expect(keysPage.announcement).toHaveText('OpenAI-compatible key “Backup” added.');
    const backup = keysPage.key(COMPATIBLE, 'Backup');
    await expect(backup).not.toContainText('Default');

    await keysPage.makeDefault(backup);
    await expect(keysPage.announcement).toHaveText('Backup is now your default OpenAI-compatible key.');
    await expect(backup).toContainText('Default');
    await expect(home).not.toContainText('Default');
    await expect(backup.getByRole('button', { name: /^Make default/ })).toHaveCount(0);
    await expect(home.getByRole('button', { name: /^Make default/ })).toBeVisible();

    // Deleting the default hands the role back to the other key; focus goes to the provider's heading.
    await keysPage.deleteKey(backup);
    await expect(keysPage.announcement).toHaveText('OpenAI-compatible key “Backup” deleted.');
    await expect(backup).toHaveCount(0);
    await expect(home).toContainText('Default');
    await expect(keysPage.provider(COMPATIBLE).getByRole('heading', { name: COMPATIBLE })).toBeFocused();

    await keysPage.deleteKey(home);
    await expect(home).toHaveCount(0);
    await expect(keysPage.provider(COMPATIBLE)).toContainText('No OpenAI-compatible key yet');

    // The API agrees: no keys left.
    const list = await page.request.get('/api/keys');
    expect(await list.json()).toEqual({ items: [] });
  });

  test('a failing key test is shown with the reason, and Cancel keeps the key', async ({ signUp, keysPage, modelServer }) => {
    modelServer.handle((_, response) => sendJson(response, 401, { error: { message: 'Invalid API key', type: 'invalid_request_error' } }));
    await signUp();
    await keysPage.goto();
    await keysPage.openAddDialog(COMPATIBLE);
    await keysPage.fillAndSave({ provider: 'openai-compatible', apiKey: 'sk-wrong-key-0000', label: 'Wrong', baseUrl: `${modelServer.url}/v1` });
    await expect(keysPage.addDialog).toBeHidden();

    const wrong = keysPage.key(COMPATIBLE, 'Wrong');
    await keysPage.testKey(wrong);
    await expect(keysPage.testResult(wrong)).toContainText('Key test failed');
    await expect(wrong).toContainText('never used');

    await wrong.getByRole('button', { name: /^Delete/ }).click();
    await expect(keysPage.deleteDialog).toBeVisible();
    await keysPage.deleteDialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(keysPage.deleteDialog).toBeHidden();
    await expect(wrong).toBeVisible();
    await expect(wrong.getByRole('button', { name: /^Delete/ })).toBeFocused();
  });

  test('?provider= opens the Add dialog for that provider; Escape closes it and drops the parameter', async ({ page, signUp, keysPage }) => {
    await signUp();
    await keysPage.goto('openai');
    await expect(keysPage.addDialog).toBeVisible();
    await expect(keysPage.providerSelect).toHaveValue('openai');
    // OpenAI takes no base URL, and its key is required.
    await expect(keysPage.baseUrlInput).toHaveCount(0);
    await expect(keysPage.makeDefaultCheckbox).toBeChecked();
    await expect(keysPage.makeDefaultCheckbox).toBeDisabled();

    await keysPage.fillAndSave({ provider: 'openai', apiKey: '' });
    await expect(keysPage.apiKeyInput).toHaveAttribute('aria-invalid', 'true');
    await expect(keysPage.apiKeyInput).toHaveAccessibleDescription(/^Paste your OpenAI API key\./);
    await expect(keysPage.apiKeyInput).toBeFocused();

    await page.keyboard.press('Escape');
    await expect(keysPage.addDialog).toBeHidden();
    await page.waitForURL('/settings/keys');
    await expect(keysPage.provider('OpenAI')).toContainText('No OpenAI key yet');

    // An unknown provider is ignored.
    await keysPage.goto('no-such-provider');
    await expect(keysPage.section).toBeVisible();
    await expect(keysPage.addDialog).toBeHidden();
  });
});

test.describe('settings: API keys at 375 px', () => {
  test.use({ viewport: { width: 375, height: 812 } });

  test('the keys page and the Add dialog fit a phone; a key can be added and deleted', async ({
    signUp,
    keysPage,
    modelServer,
    saveScreenshot,
  }) => {
    await signUp();
    await keysPage.goto();
    await expect(keysPage.heading).toBeVisible();
    await keysPage.expectNoHorizontalScroll();
    await expect(keysPage.sectionLink('API keys')).toHaveAttribute('aria-current', 'page');

    await keysPage.openAddDialog(COMPATIBLE);
    const box = await keysPage.addDialog.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(375);
    await saveScreenshot('settings-keys-add-375');
    await keysPage.fillAndSave({ provider: 'openai-compatible', apiKey: '', label: 'Laptop Ollama', baseUrl: `${modelServer.url}/v1` });
    await expect(keysPage.addDialog).toBeHidden();

    const laptop = keysPage.key(COMPATIBLE, 'Laptop Ollama');
    await expect(laptop).toContainText('Default');
    for (const name of [/^Test/, /^Delete/]) {
      const button = await laptop.getByRole('button', { name }).boundingBox();
      expect(button!.x).toBeGreaterThanOrEqual(0);
      expect(button!.x + button!.width).toBeLessThanOrEqual(375);
    }
    await keysPage.expectNoHorizontalScroll();
    await saveScreenshot('settings-keys-375');

    await keysPage.deleteKey(laptop);
    await expect(laptop).toHaveCount(0);
  });
});
