-- Default provider and model per generation type, chosen in Settings → Default models.
--
-- A jsonb object keyed by generation type, e.g. {"image": {"provider": "openai", "model":
-- "gpt-image-1.5"}}. The server checks each entry against the provider catalog before
-- saving it; the catalog lives in code, so an entry whose model has since left the
-- catalog stays stored and is ignored when read. Adds a column and grants only; nothing
-- is changed or removed.

alter table public.user_preferences
  add column default_models jsonb not null default '{}'::jsonb
    constraint user_preferences_default_models_is_object check (jsonb_typeof(default_models) = 'object');

comment on column public.user_preferences.default_models is
  'The default {provider, model} per generation type (text, image, video, audio, music); {} when none is set.';

-- The existing row-level security policies (own row only) cover the new column; the
-- column grants add it to what authenticated may write, as for monthly_budget_usd.
grant insert (default_models) on table public.user_preferences to authenticated;
grant update (default_models) on table public.user_preferences to authenticated;
