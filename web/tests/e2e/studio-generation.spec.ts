import { createProjectViaApi, expect, test } from '../fixtures';
import type { StudioTabName } from '../pages/studio-page';

type CatalogProvider = {
  id: string;
  name: string;
  configured: boolean;
  models: Array<{ id: string; name: string; type: 'text' | 'image' | 'video' | 'audio' | 'music'; pricing: { unit: string } }>;
};

const TAB_OF: Record<CatalogProvider['models'][number]['type'], StudioTabName> = {
  text: 'Text',
  image: 'Image',
  video: 'Video',
  audio: 'Audio',
  music: 'Music',
};

test.describe('studio generation', () => {
  test('the price follows the form: Free, dollars, Unknown price; a provider without a key says so', async ({ page, signUp, studio, saveScreenshot }) => {
    await signUp();
    const projectId = await createProjectViaApi(page, 'Prices');
    await studio.goto(projectId);
    await expect(studio.costEstimate).toHaveText('Free');

    // From the catalog as the API serves it: a model without a price, and a model priced by tokens.
    const catalog = ((await (await page.request.get('/api/providers')).json()) as { items: CatalogProvider[] }).items;
    const models = catalog.flatMap((provider) => provider.models.map((model) => ({ provider, model })));
    const unpriced = models.find(({ provider, model }) => !provider.configured && model.type !== 'text' && model.pricing.unit === 'unknown');
    const byTokens = models.find(({ provider, model }) => !provider.configured && model.type === 'text' && model.pricing.unit === 'per_1m_tokens');

    if (unpriced) {
      await studio.openTab(TAB_OF[unpriced.model.type]);
      await studio.showSettings();
      await studio.selectOption('Provider', unpriced.provider.name);
      await studio.selectOption('Model', unpriced.model.name);
      // Never shown as $0.
      await expect(studio.costEstimate).toHaveText('Unknown price');
      const needsKey = page.getByTestId('provider-needs-key');
      await expect(needsKey).toContainText(`${unpriced.provider.name} runs with your own API key`);
      await expect(needsKey.getByRole('link', { name: 'Add a key' })).toHaveAttribute('href', `/settings/keys?provider=${unpriced.provider.id}`);
      await expect(studio.generateButton).toHaveCount(0);
      await expect(studio.form.getByRole('link', { name: `Add a key for ${unpriced.provider.name}` })).toBeVisible();
      await saveScreenshot('studio-needs-key');
    }

    if (byTokens) {
      await studio.openTab('Text');
      await studio.showSettings();
      await studio.selectOption('Provider', byTokens.provider.name);
      await studio.selectOption('Model', byTokens.model.name);
      await expect(studio.costEstimate).toHaveText(/^\$\d/);
      const before = await studio.costEstimate.textContent();
      // A longer answer allowed costs more.
      await studio.page.getByRole('spinbutton', { name: 'Max output tokens' }).fill('64000');
      await expect(studio.costEstimate).not.toHaveText(before!);
      await expect(studio.costEstimate).toHaveText(/^\$\d/);
    }
    expect(unpriced ?? byTokens, 'the catalog has a cloud model to check prices with').toBeTruthy();
  });

  test('an empty prompt is refused in place; a run finishing on another tab shows a toast that leads back', async ({ page, signUp, studio }) => {
    test.setTimeout(120_000);
    await signUp();
    const projectId = await createProjectViaApi(page, 'Toasts');
    await studio.goto(projectId, '/music');
    await expect(studio.generateButton).toBeEnabled();
    await studio.generateButton.click();
    await expect(studio.prompt).toHaveAttribute('aria-invalid', 'true');
    await expect(studio.prompt).toHaveAccessibleDescription(/Write a prompt first/);
    await expect(studio.prompt).toBeFocused();

    // Two minutes of music take the built-in composer a few seconds: time to walk away.
    await studio.page.getByRole('spinbutton', { name: 'Duration (seconds)' }).fill('120');
    await studio.generate('Epic cinematic theme for a long journey');
    await studio.openTab('Library');
    const toast = studio.toasts.getByText('Track ready');
    await expect(toast).toBeVisible({ timeout: 60_000 });
    await studio.toasts.getByRole('button', { name: 'View' }).click();
    await expect(studio.tab('Music')).toHaveAttribute('aria-current', 'page');
    await expect(studio.track('Epic cinematic theme for a long journey')).toContainText('2:00');
  });

  test('Remix on a result fills the form with its prompt and settings', async ({ page, signUp, studio }) => {
    test.setTimeout(120_000);
    await signUp();
    const projectId = await createProjectViaApi(page, 'Remixes');
    await studio.goto(projectId, '/video');
    await studio.showSettings();
    await studio.choice('Size', '9:16').click();
    await studio.generate('Rain on a window at night');
    const clip = studio.generation('Rain on a window at night');
    await expect(clip).toHaveAttribute('data-status', 'succeeded', { timeout: 60_000 });
    await expect(clip.locator('video')).toHaveAttribute('src', /\/api\/assets\/.+\/content$/);

    await studio.prompt.fill('');
    await studio.choice('Size', '16:9, 640 × 360').click();
    await clip.getByRole('button', { name: 'Remix: use these settings' }).click();
    await expect(studio.prompt).toHaveValue('Rain on a window at night');
    await expect(studio.choice('Size', '9:16')).toHaveAttribute('aria-checked', 'true');
    await expect(studio.prompt).toBeFocused();
  });
});
