-- Built-in email + password accounts: credentials and server-side sessions.
--
-- Used when MediaLab runs without Supabase Auth. Both tables live in the private schema,
-- which the API roles cannot reach, and have row-level security on with no policies, so
-- only the server (the table owner or service_role) reads them.

create table private.user_credentials (
  user_id uuid primary key references auth.users (id) on delete cascade,
  -- scrypt parameters, salt and hash in one self-describing string
  password_hash text not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
comment on table private.user_credentials is 'Password hashes of built-in accounts.';

create trigger user_credentials_set_updated_at
  before update on private.user_credentials
  for each row execute function private.set_updated_at();

create table private.sessions (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id) on delete cascade,
  -- sha-256 of the cookie's token: a database dump does not yield live sessions
  token_hash text not null unique,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  revoked_at timestamptz,
  user_agent text check (char_length(user_agent) <= 512),
  ip_address text check (char_length(ip_address) <= 64)
);
comment on table private.sessions is 'Login sessions of built-in accounts; logout revokes them.';

create index sessions_user_id_idx on private.sessions (user_id);

alter table private.user_credentials enable row level security;
alter table private.sessions enable row level security;

revoke all on table private.user_credentials, private.sessions from public, anon, authenticated;
grant usage on schema private to service_role;
grant all on table private.user_credentials, private.sessions to service_role;
