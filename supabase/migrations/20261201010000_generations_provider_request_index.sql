-- Finds the generation a provider's completion webhook is about, by the provider's own
-- request id. Adds an index only; nothing is changed or removed.
create index generations_provider_request_id_idx
  on public.generations (provider, provider_request_id)
  where provider_request_id is not null;
