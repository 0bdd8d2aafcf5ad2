-- Users (profiles) and projects, with row-level security.
--
-- public.users is the profile of an auth.users identity (Supabase Auth's table on
-- Supabase, the compat table elsewhere), created by a trigger when the identity is.
-- public.projects belongs to one user. Policies call (select auth.uid()) so it is
-- evaluated once per statement, and every policy column is indexed.

create schema if not exists private;
comment on schema private is 'Functions and tables not exposed through the API.';
revoke all on schema private from public;

-- Keeps updated_at current on every update.
create or replace function private.set_updated_at() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.updated_at := now();
  return new;
end;
$$;

-- ---------------------------------------------------------------------------------
-- users
create table public.users (
  id uuid primary key references auth.users (id) on delete cascade,
  email text not null,
  display_name text not null default '' check (char_length(display_name) <= 100),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
comment on table public.users is 'Profile of each account; one row per auth.users row.';

create trigger users_set_updated_at
  before update on public.users
  for each row execute function private.set_updated_at();

alter table public.users enable row level security;

revoke all on table public.users from anon, authenticated;
grant select on table public.users to authenticated;
grant update (display_name) on table public.users to authenticated;
grant all on table public.users to service_role;

create policy "Users can view their own profile"
  on public.users for select to authenticated
  using ((select auth.uid()) = id);

create policy "Users can update their own profile"
  on public.users for update to authenticated
  using ((select auth.uid()) = id)
  with check ((select auth.uid()) = id);

-- No insert or delete policy: profiles come and go with their auth.users row.

-- Creates the profile when an identity is created (by Supabase Auth or the built-in auth).
create or replace function private.handle_new_user() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  insert into public.users (id, email, display_name)
  values (
    new.id,
    coalesce(new.email, ''),
    left(coalesce(new.raw_user_meta_data ->> 'display_name', ''), 100)
  );
  return new;
end;
$$;

create trigger on_auth_user_created
  after insert on auth.users
  for each row execute function private.handle_new_user();

-- Keeps the profile's email in step with the identity's.
create or replace function private.handle_user_email_change() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  update public.users set email = coalesce(new.email, '') where id = new.id;
  return new;
end;
$$;

create trigger on_auth_user_email_changed
  after update of email on auth.users
  for each row when (old.email is distinct from new.email)
  execute function private.handle_user_email_change();

-- ---------------------------------------------------------------------------------
-- projects
create table public.projects (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null default auth.uid() references public.users (id) on delete cascade,
  name text not null check (char_length(btrim(name)) between 1 and 100),
  description text not null default '' check (char_length(description) <= 2000),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
comment on table public.projects is 'A workspace of generations and assets, owned by one user.';

-- Serves the owner policies and the dashboard's keyset pagination (newest first).
create index projects_user_id_created_at_id_idx on public.projects (user_id, created_at desc, id desc);

create trigger projects_set_updated_at
  before update on public.projects
  for each row execute function private.set_updated_at();

alter table public.projects enable row level security;

revoke all on table public.projects from anon, authenticated;
grant select, delete on table public.projects to authenticated;
-- Column grants: id and timestamps are the database's to set (paging relies on created_at).
grant insert (user_id, name, description) on table public.projects to authenticated;
grant update (name, description) on table public.projects to authenticated;
grant all on table public.projects to service_role;

create policy "Users can view their own projects"
  on public.projects for select to authenticated
  using ((select auth.uid()) = user_id);

create policy "Users can create projects for themselves"
  on public.projects for insert to authenticated
  with check ((select auth.uid()) = user_id);

create policy "Users can update their own projects"
  on public.projects for update to authenticated
  using ((select auth.uid()) = user_id)
  with check ((select auth.uid()) = user_id);

create policy "Users can delete their own projects"
  on public.projects for delete to authenticated
  using ((select auth.uid()) = user_id);
