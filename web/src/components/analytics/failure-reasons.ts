/** What each failure code of a generation means, in plain words, and what to do about it. */
const REASONS: Record<string, { title: string; explanation: string }> = {
  rate_limited: { title: 'Rate limited', explanation: 'The provider received too many requests at once. Wait a little and try again.' },
  invalid_key: { title: 'API key refused', explanation: 'The provider did not accept the API key. Check or replace it in Settings → API keys.' },
  forbidden: { title: 'Not allowed', explanation: 'The key works but has no access to this model or feature. Check your plan with the provider.' },
  insufficient_credit: { title: 'Out of credit', explanation: 'The provider account has no credit or quota left. Add credit with the provider.' },
  timeout: { title: 'Timed out', explanation: 'The provider took too long to answer. Try again, or pick a shorter or smaller output.' },
  network: { title: 'Connection failed', explanation: 'The connection to the provider dropped or could not be made. Try again later.' },
  unavailable: { title: 'Provider unavailable', explanation: 'The provider was down or overloaded. Try again later.' },
  provider_error: { title: 'Provider error', explanation: 'The provider failed on its side without saying more. Try again later.' },
  content_refused: { title: 'Content refused', explanation: "The provider's safety filters refused the prompt or the result. Rephrase the prompt." },
  bad_request: { title: 'Request refused', explanation: 'The provider refused the settings or the prompt as invalid. Change them and try again.' },
  model_not_found: { title: 'Model not found', explanation: 'The provider does not offer this model (any more), or not to this key. Pick another model.' },
  malformed_response: { title: 'Unreadable answer', explanation: 'The provider answered with something MediaLab could not read. Try again later.' },
  canceled: { title: 'Canceled by the provider', explanation: 'The provider canceled the job before it finished.' },
  unknown_model: { title: 'Unknown model', explanation: 'The model is no longer in MediaLab’s catalog. Pick another model.' },
  provider_not_available: { title: 'Provider not available here', explanation: 'This server cannot run generations with this provider.' },
  interrupted: { title: 'Interrupted', explanation: 'The server stopped twice while the generation was running, so it was not tried again. Start it again.' },
  key_unusable: { title: 'Key could not be read', explanation: 'The stored API key could not be decrypted. Add the key again in Settings → API keys.' },
  no_key_for_provider: { title: 'No API key', explanation: 'There was no API key for the provider. Add one in Settings → API keys.' },
  internal_error: { title: 'Failed on our side', explanation: 'Something went wrong in MediaLab itself. Try again.' },
  unknown: { title: 'Unknown reason', explanation: 'The generation failed without a reason being recorded.' },
};

export function describeFailure(code: string): { title: string; explanation: string } {
  return REASONS[code] ?? { title: code.replaceAll('_', ' '), explanation: 'A failure MediaLab has no explanation for yet.' };
}
