-- Provider API keys (bring your own key), encrypted by the server.
--
-- A user may keep several keys per provider; exactly one of them is the default the
-- workers use. The key itself is stored only as ciphertext (envelope encryption: the key
-- under a random per-row data key, the data key under the versioned master key, both
-- AES-256-GCM with the user, provider and row id as associated data; see
-- web/src/lib/vault). Users see and manage their own rows through RLS, but column grants
-- keep every ciphertext column out of reach of authenticated: only the server, as the
-- service role, reads them to decrypt.

create table public.user_api_keys (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null default auth.uid() references public.users (id) on delete cascade,
  provider text not null check (provider ~ '^[a-z0-9][a-z0-9-]{0,49}$'),
  label text not null default '' check (char_length(label) <= 100),
  -- what the UI shows of the key: its last four characters (empty for very short keys)
  last4 text not null default '' check (char_length(last4) <= 4),
  -- the user's own endpoint (OpenAI-compatible servers), checked by the SSRF guard
  base_url text check (base_url is null or char_length(base_url) between 1 and 2048),
  is_default boolean not null default false,
  encrypted_key bytea not null check (octet_length(encrypted_key) <= 2048),
  key_iv bytea not null check (octet_length(key_iv) = 12),
  key_auth_tag bytea not null check (octet_length(key_auth_tag) = 16),
  wrapped_data_key bytea not null check (octet_length(wrapped_data_key) = 32),
  data_key_iv bytea not null check (octet_length(data_key_iv) = 12),
  data_key_auth_tag bytea not null check (octet_length(data_key_auth_tag) = 16),
  -- fingerprint of the master key that wraps the data key (npm run keys:rotate moves it)
  key_version text not null check (key_version ~ '^[0-9a-f]{8}$'),
  created_at timestamptz not null default now(),
  last_used_at timestamptz,
  updated_at timestamptz not null default now()
);
comment on table public.user_api_keys is
  'Provider API keys of each user, encrypted; authenticated can read every column but the ciphertext.';

-- Serves the owner policies, the list, and finding the newest other key of a provider.
create index user_api_keys_user_id_provider_created_at_idx
  on public.user_api_keys (user_id, provider, created_at desc, id desc);
-- One default key per user and provider.
create unique index user_api_keys_one_default_idx on public.user_api_keys (user_id, provider) where is_default;

create trigger user_api_keys_set_updated_at
  before update on public.user_api_keys
  for each row execute function private.set_updated_at();

alter table public.user_api_keys enable row level security;

revoke all on table public.user_api_keys from anon, authenticated;
-- Column grants: the ciphertext, the IVs, the tags and the key version are never selectable
-- by authenticated, so neither a query of the app nor one through Supabase's API returns them.
grant select (id, user_id, provider, label, last4, base_url, is_default, created_at, last_used_at, updated_at)
  on table public.user_api_keys to authenticated;
-- The server chooses the id before inserting: it is part of the associated data of the ciphertext.
grant insert (id, user_id, provider, label, last4, base_url, is_default, encrypted_key, key_iv, key_auth_tag,
              wrapped_data_key, data_key_iv, data_key_auth_tag, key_version)
  on table public.user_api_keys to authenticated;
-- The key, its provider and its endpoint are fixed: a new key is a new row.
grant update (label, is_default) on table public.user_api_keys to authenticated;
grant delete on table public.user_api_keys to authenticated;
grant all on table public.user_api_keys to service_role;

create policy "Users can view their own API keys"
  on public.user_api_keys for select to authenticated
  using ((select auth.uid()) = user_id);

create policy "Users can add API keys for themselves"
  on public.user_api_keys for insert to authenticated
  with check ((select auth.uid()) = user_id);

create policy "Users can update their own API keys"
  on public.user_api_keys for update to authenticated
  using ((select auth.uid()) = user_id)
  with check ((select auth.uid()) = user_id);

create policy "Users can delete their own API keys"
  on public.user_api_keys for delete to authenticated
  using ((select auth.uid()) = user_id);
