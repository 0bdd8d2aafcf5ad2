import { ProviderError, providerErrorFromNetwork } from './provider-error';

/** The largest output we copy from a provider's host (2 GiB would not fit a Buffer anyway). */
export const MAX_OUTPUT_BYTES = 512 * 1024 * 1024;

/**
 * Copies an output the provider hosts (a URL that may expire) into memory at once, so
 * the worker can store it in our blob store. Errors come back as ProviderErrors.
 */
export async function downloadOutput(
  url: string,
  options: { providerName: string; abortSignal?: AbortSignal; timeoutMs?: number; fetch?: typeof globalThis.fetch; headers?: Record<string, string> },
): Promise<{ data: Buffer; mimeType: string | undefined }> {
  const signals = [AbortSignal.timeout(options.timeoutMs ?? 120_000)];
  if (options.abortSignal) signals.push(options.abortSignal);
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(url, { signal: AbortSignal.any(signals), headers: options.headers });
  } catch (error) {
    if (options.abortSignal?.aborted) throw new ProviderError('canceled', 'Canceled.', { isRetryable: false });
    throw providerErrorFromNetwork(options.providerName, error);
  }
  if (!response.ok) {
    if (response.status === 401 || response.status === 403) {
      throw new ProviderError('forbidden', `${options.providerName} refused to hand over the finished result (HTTP ${response.status}).`, {
        status: response.status,
        provider: options.providerName,
        isRetryable: false,
      });
    }
    const retryable = response.status === 408 || response.status === 429 || response.status >= 500;
    throw new ProviderError(
      retryable ? 'unavailable' : 'provider_error',
      `Could not fetch the finished result from ${options.providerName} (HTTP ${response.status})${retryable ? '; we will try again.' : '.'}`,
      { status: response.status, provider: options.providerName, isRetryable: retryable },
    );
  }
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > MAX_OUTPUT_BYTES) {
    throw new ProviderError('malformed_response', `${options.providerName} returned a file too large to keep (${declared} bytes).`, { isRetryable: false });
  }
  const data = Buffer.from(await response.arrayBuffer());
  if (data.length === 0) throw new ProviderError('malformed_response', `${options.providerName} returned an empty file.`, { isRetryable: true });
  const mimeType = response.headers.get('content-type')?.split(';')[0]?.trim() || undefined;
  return { data, mimeType };
}
