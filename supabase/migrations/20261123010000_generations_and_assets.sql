-- Generations, assets, share links, budgets, provider health and the job queue.
--
-- A generation is one request to a provider (text, image, video, audio, music) inside a
-- project; its outputs become assets. Users read their own rows through RLS and may only
-- ask for a generation to be cancelled; the workers (service role) run the job queue in
-- private.jobs and write statuses, costs and assets.

create type public.generation_type as enum ('text', 'image', 'video', 'audio', 'music');
create type public.generation_status as enum ('queued', 'running', 'succeeded', 'failed', 'canceled');
create type public.asset_type as enum ('image', 'video', 'audio', 'text');

-- ---------------------------------------------------------------------------------
-- budgets: optional monthly limits per project and per user
alter table public.projects
  add column monthly_budget_usd numeric(12, 2) check (monthly_budget_usd is null or monthly_budget_usd >= 0);
grant update (monthly_budget_usd) on table public.projects to authenticated;
grant insert (monthly_budget_usd) on table public.projects to authenticated;

create table public.user_preferences (
  user_id uuid primary key default auth.uid() references public.users (id) on delete cascade,
  monthly_budget_usd numeric(12, 2) check (monthly_budget_usd is null or monthly_budget_usd >= 0),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
comment on table public.user_preferences is 'Per-user settings: the monthly budget (more to come).';

create trigger user_preferences_set_updated_at
  before update on public.user_preferences
  for each row execute function private.set_updated_at();

alter table public.user_preferences enable row level security;
revoke all on table public.user_preferences from anon, authenticated;
grant select on table public.user_preferences to authenticated;
grant insert (user_id, monthly_budget_usd) on table public.user_preferences to authenticated;
grant update (monthly_budget_usd) on table public.user_preferences to authenticated;
grant all on table public.user_preferences to service_role;

create policy "Users can view their own preferences"
  on public.user_preferences for select to authenticated
  using ((select auth.uid()) = user_id);
create policy "Users can create their own preferences"
  on public.user_preferences for insert to authenticated
  with check ((select auth.uid()) = user_id);
create policy "Users can update their own preferences"
  on public.user_preferences for update to authenticated
  using ((select auth.uid()) = user_id)
  with check ((select auth.uid()) = user_id);

-- ---------------------------------------------------------------------------------
-- generations
create table public.generations (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null default auth.uid() references public.users (id) on delete cascade,
  project_id uuid not null references public.projects (id) on delete cascade,
  generation_type public.generation_type not null,
  provider text not null check (char_length(provider) between 1 and 50),
  model text not null check (char_length(model) between 1 and 200),
  prompt text not null check (char_length(prompt) between 1 and 10000),
  parameters jsonb not null default '{}'::jsonb,
  status public.generation_status not null default 'queued',
  progress real check (progress is null or (progress >= 0 and progress <= 1)),
  -- { code, message } when failed
  error jsonb,
  -- null means the price is unknown (never shown as $0)
  estimated_cost_usd numeric(14, 6) check (estimated_cost_usd is null or estimated_cost_usd >= 0),
  actual_cost_usd numeric(14, 6) check (actual_cost_usd is null or actual_cost_usd >= 0),
  -- the text output of text generations, appended as it streams
  output_text text,
  -- provider-reported usage (tokens, seconds, characters …)
  usage jsonb,
  idempotency_key text check (char_length(idempotency_key) <= 255),
  -- the provider's own job id: a restart polls it instead of paying twice
  provider_request_id text,
  cancel_requested_at timestamptz,
  created_at timestamptz not null default now(),
  started_at timestamptz,
  finished_at timestamptz,
  updated_at timestamptz not null default now(),
  unique (user_id, idempotency_key)
);
comment on table public.generations is 'One request to a provider inside a project, with its status, cost and outputs.';

create index generations_project_id_created_at_id_idx on public.generations (project_id, created_at desc, id desc);
create index generations_user_id_created_at_idx on public.generations (user_id, created_at desc);

create trigger generations_set_updated_at
  before update on public.generations
  for each row execute function private.set_updated_at();

-- Cancelling a generation that has not started finishes it at once; a running one is
-- stopped by its worker, which watches cancel_requested_at.
create or replace function private.handle_generation_cancel_request() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  -- The request time is the server's, and a request cannot be taken back.
  if old.cancel_requested_at is not null then
    new.cancel_requested_at := old.cancel_requested_at;
    return new;
  end if;
  if new.cancel_requested_at is null then
    return new;
  end if;
  new.cancel_requested_at := now();
  if old.status = 'queued' then
    -- Only a job no worker has claimed yet is cancelled here; a claimed one is stopped by
    -- its worker (which sees cancel_requested_at), so the two never race.
    update private.jobs set status = 'canceled', lease_expires_at = null
      where generation_id = new.id and status = 'queued';
    if found then
      new.status := 'canceled';
      new.finished_at := now();
    end if;
  end if;
  return new;
end;
$$;

alter table public.generations enable row level security;
revoke all on table public.generations from anon, authenticated;
grant select on table public.generations to authenticated;
grant insert (user_id, project_id, generation_type, provider, model, prompt, parameters, estimated_cost_usd, idempotency_key)
  on table public.generations to authenticated;
grant update (cancel_requested_at) on table public.generations to authenticated;
grant all on table public.generations to service_role;

create policy "Users can view their own generations"
  on public.generations for select to authenticated
  using ((select auth.uid()) = user_id);
create policy "Users can create generations in their own projects"
  on public.generations for insert to authenticated
  with check (
    (select auth.uid()) = user_id
    and exists (select 1 from public.projects p where p.id = project_id and p.user_id = (select auth.uid()))
  );
create policy "Users can cancel their own generations"
  on public.generations for update to authenticated
  using ((select auth.uid()) = user_id)
  with check ((select auth.uid()) = user_id);

-- ---------------------------------------------------------------------------------
-- assets
create table public.assets (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.users (id) on delete cascade,
  project_id uuid not null references public.projects (id) on delete cascade,
  generation_id uuid references public.generations (id) on delete set null,
  asset_type public.asset_type not null,
  mime_type text not null,
  bytes bigint not null check (bytes >= 0),
  name text not null check (char_length(name) between 1 and 200),
  favorite boolean not null default false,
  width integer check (width > 0),
  height integer check (height > 0),
  duration_seconds double precision check (duration_seconds >= 0),
  storage_key text not null,
  -- a small preview: a thumbnail for images, a poster frame for video
  preview_key text,
  preview_mime_type text,
  -- waveform peaks (0..1) for audio
  peaks jsonb,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
comment on table public.assets is 'A stored output (or upload) in a project: the library item.';

create index assets_project_id_created_at_id_idx on public.assets (project_id, created_at desc, id desc);
create index assets_project_id_asset_type_idx on public.assets (project_id, asset_type);
create index assets_user_id_idx on public.assets (user_id);
create index assets_generation_id_idx on public.assets (generation_id);

create trigger assets_set_updated_at
  before update on public.assets
  for each row execute function private.set_updated_at();

alter table public.assets enable row level security;
revoke all on table public.assets from anon, authenticated;
grant select, delete on table public.assets to authenticated;
grant update (name, favorite) on table public.assets to authenticated;
grant all on table public.assets to service_role;

create policy "Users can view their own assets"
  on public.assets for select to authenticated
  using ((select auth.uid()) = user_id);
create policy "Users can rename and favourite their own assets"
  on public.assets for update to authenticated
  using ((select auth.uid()) = user_id)
  with check ((select auth.uid()) = user_id);
create policy "Users can delete their own assets"
  on public.assets for delete to authenticated
  using ((select auth.uid()) = user_id);
-- No insert policy: assets are written by the workers.

-- ---------------------------------------------------------------------------------
-- share links: unguessable tokens (only their hash is stored), revocable, optional expiry
create table public.share_links (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null default auth.uid() references public.users (id) on delete cascade,
  asset_id uuid not null references public.assets (id) on delete cascade,
  token_hash text not null unique,
  expires_at timestamptz,
  revoked_at timestamptz,
  created_at timestamptz not null default now()
);
comment on table public.share_links is 'Public links to one asset; the token itself is never stored.';

create index share_links_asset_id_idx on public.share_links (asset_id);
create index share_links_user_id_idx on public.share_links (user_id);

alter table public.share_links enable row level security;
revoke all on table public.share_links from anon, authenticated;
grant select on table public.share_links to authenticated;
grant insert (user_id, asset_id, token_hash, expires_at) on table public.share_links to authenticated;
grant update (revoked_at) on table public.share_links to authenticated;
grant all on table public.share_links to service_role;

create policy "Users can view their own share links"
  on public.share_links for select to authenticated
  using ((select auth.uid()) = user_id);
create policy "Users can share their own assets"
  on public.share_links for insert to authenticated
  with check (
    (select auth.uid()) = user_id
    and exists (select 1 from public.assets a where a.id = asset_id and a.user_id = (select auth.uid()))
  );
-- A revoked link stays revoked, and it is revoked at the server's time.
create or replace function private.handle_share_link_revoke() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if old.revoked_at is not null then
    new.revoked_at := old.revoked_at;
  elsif new.revoked_at is not null then
    new.revoked_at := now();
  end if;
  return new;
end;
$$;

create trigger share_links_revoke
  before update of revoked_at on public.share_links
  for each row execute function private.handle_share_link_revoke();

create policy "Users can revoke their own share links"
  on public.share_links for update to authenticated
  using ((select auth.uid()) = user_id)
  with check ((select auth.uid()) = user_id);

-- ---------------------------------------------------------------------------------
-- provider health: written by the workers, readable by every signed-in user
create table public.provider_health (
  provider text primary key,
  status text not null default 'healthy' check (status in ('healthy', 'degraded', 'unhealthy')),
  consecutive_failures integer not null default 0,
  last_error text,
  last_failure_at timestamptz,
  last_success_at timestamptz,
  updated_at timestamptz not null default now()
);
comment on table public.provider_health is 'Whether each provider has been failing lately, as the workers see it.';

alter table public.provider_health enable row level security;
revoke all on table public.provider_health from anon, authenticated;
grant select on table public.provider_health to authenticated;
grant all on table public.provider_health to service_role;

create policy "Signed-in users can view provider health"
  on public.provider_health for select to authenticated
  using (true);

-- ---------------------------------------------------------------------------------
-- the job queue: claimed with for update skip locked and a lease
create table private.jobs (
  id uuid primary key default gen_random_uuid(),
  generation_id uuid not null unique references public.generations (id) on delete cascade,
  status text not null default 'queued' check (status in ('queued', 'running', 'done', 'failed', 'canceled')),
  attempts integer not null default 0,
  -- how often a worker died (lease expired) while running it
  interruptions integer not null default 0,
  run_at timestamptz not null default now(),
  locked_by text,
  lease_expires_at timestamptz,
  last_error text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
comment on table private.jobs is 'Work for the generation workers; any number of processes may drain it.';

create index jobs_claim_idx on private.jobs (run_at) where status = 'queued';
create index jobs_lease_idx on private.jobs (lease_expires_at) where status = 'running';

create trigger jobs_set_updated_at
  before update on private.jobs
  for each row execute function private.set_updated_at();

alter table private.jobs enable row level security;
revoke all on table private.jobs from public, anon, authenticated;
grant all on table private.jobs to service_role;

create trigger generations_cancel_request
  before update of cancel_requested_at on public.generations
  for each row execute function private.handle_generation_cancel_request();

-- Every generation gets its job, in the same transaction as the generation itself.
create or replace function private.enqueue_generation() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  insert into private.jobs (generation_id) values (new.id);
  return new;
end;
$$;

create trigger generations_enqueue
  after insert on public.generations
  for each row execute function private.enqueue_generation();
