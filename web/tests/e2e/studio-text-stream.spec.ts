import type { ServerResponse } from 'node:http';
import { createProjectViaApi, expect, test as base } from '../fixtures';
import { ApiKeysSettingsPage } from '../pages/settings-page';
import { sendJson, startStubServer, type StubServer } from '../support/stub-server';

// An OpenAI-compatible server (as Ollama serves) on 127.0.0.1: the e2e server runs with
// ALLOW_PRIVATE_PROVIDER_URLS=true. It streams the answer in two halves and holds the
// second until the test has seen the first on the page, so the test proves streaming.

const COMPATIBLE = 'OpenAI-compatible (Ollama, LM Studio, OpenRouter, vLLM)';

function chunk(content: string | null, finish: string | null = null) {
  return {
    id: 'chatcmpl-e2e',
    object: 'chat.completion.chunk',
    created: 1764547200,
    model: 'llama3.2',
    choices: [{ index: 0, delta: content === null ? {} : { role: 'assistant', content }, finish_reason: finish }],
  };
}

function write(response: ServerResponse, data: unknown) {
  response.write(`data: ${typeof data === 'string' ? data : JSON.stringify(data)}\n\n`);
}

type ModelServer = StubServer & { releaseSecondHalf: () => void };

const test = base.extend<{ modelServer: ModelServer }>({
  modelServer: async ({}, provide) => {
    let release!: () => void;
    const secondHalf = new Promise<void>((resolve) => (release = resolve));
    const server = await startStubServer(async (request, response) => {
      if (request.method === 'GET' && request.path === '/v1/models') {
        sendJson(response, 200, { object: 'list', data: [{ id: 'llama3.2', object: 'model', created: 0, owned_by: 'library' }] });
        return;
      }
      if (request.method === 'POST' && request.path === '/v1/chat/completions') {
        response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
        write(response, chunk('Tide pools hold '));
        write(response, chunk('**tiny oceans**'));
        await secondHalf;
        write(response, chunk(', full of anemones and crabs.'));
        write(response, chunk(null, 'stop'));
        write(response, { ...chunk(null), choices: [], usage: { prompt_tokens: 12, completion_tokens: 9, total_tokens: 21 } });
        write(response, '[DONE]');
        response.end();
        return;
      }
      sendJson(response, 404, { error: { message: `no route ${request.method} ${request.path}` } });
    });
    await provide(Object.assign(server, { releaseSecondHalf: release }));
    release();
    await server.close();
  },
});

test('a user adds an OpenAI-compatible server and a text generation streams into the page', async ({
  page,
  signUp,
  studio,
  modelServer,
  saveScreenshot,
}) => {
  await signUp();
  const projectId = await createProjectViaApi(page, 'Shoreline notes');

  // Settings → API keys: a local server needs no key, only its base URL.
  const keys = new ApiKeysSettingsPage(page);
  await keys.goto();
  await keys.openAddDialog(COMPATIBLE);
  await keys.fillAndSave({ provider: 'openai-compatible', apiKey: '', baseUrl: `${modelServer.url}/v1`, label: 'Laptop' });
  await expect(keys.addDialog).toBeHidden();
  await keys.testKey(keys.key(COMPATIBLE, 'Laptop'));
  await expect(keys.testResult(keys.key(COMPATIBLE, 'Laptop'))).toContainText('llama3.2');

  // The text tab: the provider, the model name the server serves, a prompt.
  await studio.goto(projectId, '/text');
  await studio.showSettings();
  await studio.selectOption('Provider', /^OpenAI-compatible/);
  await page.getByLabel('Model name').fill('llama3.2');
  const prompt = 'Describe a tide pool in one sentence.';
  await studio.generate(prompt);

  // The first half is on the page, rendered as Markdown, while the server still holds the rest.
  const result = studio.generation(prompt);
  await expect(result.getByText('tiny oceans')).toBeVisible({ timeout: 20_000 });
  await expect(result.locator('strong', { hasText: 'tiny oceans' })).toBeVisible();
  await expect(result).not.toContainText('anemones');
  modelServer.releaseSecondHalf();
  await expect(result).toContainText('full of anemones and crabs.', { timeout: 20_000 });
  await saveScreenshot('studio-text-streamed');

  // What the server was asked: the typed model name, the prompt, a stream, and no key.
  const call = modelServer.requests.find((request) => request.path === '/v1/chat/completions');
  expect(call?.json).toMatchObject({ model: 'llama3.2', stream: true, messages: [{ role: 'user', content: prompt }] });
  expect(call?.headers.authorization).toBeUndefined();
});

test('a run left going in the studio says when it ends on another page, with a link back to it', async ({
  page,
  studio,
  signUp,
  modelServer,
  saveScreenshot,
}) => {
  await signUp();
  const projectId = await createProjectViaApi(page, 'Rock pools');
  const key = await page.request.post('/api/keys', {
    data: { provider: 'openai-compatible', apiKey: '', baseUrl: `${modelServer.url}/v1`, label: 'Laptop' },
  });
  expect(key.status(), await key.text()).toBe(201);

  await studio.goto(projectId, '/text');
  await studio.showSettings();
  await studio.selectOption('Provider', /^OpenAI-compatible/);
  await page.getByLabel('Model name').fill('llama3.2');
  const prompt = 'Name three creatures of a rock pool.';
  await studio.generate(prompt);
  await expect(studio.generation(prompt).getByText('tiny oceans')).toBeVisible({ timeout: 20_000 });

  // Away to Analytics while the server still holds the rest of the answer.
  await page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: 'Analytics' }).click();
  await expect(page).toHaveURL('/analytics');
  await expect(page.getByRole('heading', { level: 1, name: 'Analytics' })).toBeVisible();
  modelServer.releaseSecondHalf();

  const notifications = page.getByRole('region', { name: /Notifications/ });
  const toast = notifications.getByRole('listitem').filter({ hasText: 'Text ready' });
  await expect(toast).toBeVisible({ timeout: 20_000 });
  await expect(toast).toContainText(prompt);
  await saveScreenshot('background-run-toast', page, { fullPage: false });

  await toast.getByRole('button', { name: 'View' }).click();
  await expect(page).toHaveURL(`/projects/${projectId}/text`);
  await expect(studio.generation(prompt)).toContainText('full of anemones and crabs.');
});
