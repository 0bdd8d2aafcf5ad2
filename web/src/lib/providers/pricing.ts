import type { ModelSpec, Pricing, Usage } from './provider';

export type CostLine = { item: string; quantity: number; unit: string; unitUsd: number; usd: number };
export type CostEstimate = { estimatedCostUsd: number | null; breakdown: CostLine[]; note?: string };

const round = (usd: number) => Math.round(usd * 1e6) / 1e6;

/** Characters per token: a common rule of thumb for English text. */
const CHARACTERS_PER_TOKEN = 4;

function numberParameter(parameters: Record<string, unknown>, name: string): number | undefined {
  const value = parameters[name];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** What the run will use, as far as we can tell before it runs. */
export function expectedUsage(model: ModelSpec, prompt: string, parameters: Record<string, unknown>): Usage {
  const width = numberParameter(parameters, 'width') ?? 1024;
  const height = numberParameter(parameters, 'height') ?? 1024;
  const count = numberParameter(parameters, 'count') ?? 1;
  return {
    inputTokens: Math.ceil(prompt.length / CHARACTERS_PER_TOKEN),
    outputTokens: numberParameter(parameters, 'maxTokens') ?? 1024,
    seconds: numberParameter(parameters, 'durationSeconds'),
    characters: prompt.length,
    images: count,
    megapixels: ((width * height) / 1_000_000) * count,
  };
}

function lines(pricing: Pricing, usage: Usage): CostLine[] | null {
  switch (pricing.unit) {
    case 'free':
      return [{ item: 'Built-in, runs on this server', quantity: 1, unit: 'run', unitUsd: 0, usd: 0 }];
    case 'per_1m_tokens':
      return [
        { item: 'Input tokens', quantity: usage.inputTokens ?? 0, unit: '1M tokens', unitUsd: pricing.inputUsd, usd: ((usage.inputTokens ?? 0) / 1e6) * pricing.inputUsd },
        { item: 'Output tokens', quantity: usage.outputTokens ?? 0, unit: '1M tokens', unitUsd: pricing.outputUsd, usd: ((usage.outputTokens ?? 0) / 1e6) * pricing.outputUsd },
      ];
    case 'per_image':
      return [{ item: 'Images', quantity: usage.images ?? 1, unit: 'image', unitUsd: pricing.usd, usd: (usage.images ?? 1) * pricing.usd }];
    case 'per_megapixel':
      return [{ item: 'Megapixels', quantity: usage.megapixels ?? 1, unit: 'megapixel', unitUsd: pricing.usd, usd: (usage.megapixels ?? 1) * pricing.usd }];
    case 'per_second':
      if (usage.seconds === undefined) return null;
      return [{ item: 'Seconds of output', quantity: usage.seconds, unit: 'second', unitUsd: pricing.usd, usd: usage.seconds * pricing.usd }];
    case 'per_1k_characters':
      return [{ item: 'Characters', quantity: usage.characters ?? 0, unit: '1k characters', unitUsd: pricing.usd, usd: ((usage.characters ?? 0) / 1000) * pricing.usd }];
    case 'per_request':
      return [{ item: 'Requests', quantity: 1, unit: 'request', unitUsd: pricing.usd, usd: pricing.usd }];
    case 'unknown':
      return null;
    default: {
      const exhaustive: never = pricing;
      return exhaustive;
    }
  }
}

/** The price before the run: null (unknown) when the catalog has no price, never $0. */
export function estimateCost(model: ModelSpec, prompt: string, parameters: Record<string, unknown>): CostEstimate {
  const breakdown = lines(model.pricing, expectedUsage(model, prompt, parameters));
  if (!breakdown) return { estimatedCostUsd: null, breakdown: [], note: 'The price of this model is not known.' };
  const rounded = breakdown.map((line) => ({ ...line, quantity: round(line.quantity), usd: round(line.usd) }));
  return {
    estimatedCostUsd: round(rounded.reduce((sum, line) => sum + line.usd, 0)),
    breakdown: rounded,
    ...(model.pricing.unit === 'per_1m_tokens' ? { note: 'Tokens are estimated from the prompt length and the output limit.' } : {}),
  };
}

/** The price after the run, from what the provider reported (its own cost figure wins). */
export function actualCost(model: ModelSpec, usage: Usage | undefined, estimate: number | null): number | null {
  if (usage?.costUsd !== undefined) return round(usage.costUsd);
  if (!usage) return estimate;
  const breakdown = lines(model.pricing, usage);
  return breakdown ? round(breakdown.reduce((sum, line) => sum + line.usd, 0)) : null;
}
