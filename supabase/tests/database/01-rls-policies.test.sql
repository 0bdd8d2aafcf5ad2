-- Row-level security and grants, from the catalog.
--
-- Proves that every table in public and private has row-level security on (a query over
-- pg_tables, so a new table without it fails here), which policies each table has, that
-- policies are per operation, to authenticated, and find the caller through
-- (select auth.uid()) (provider health alone is open to every signed-in user), that every
-- user_id and every foreign key leads an index, and that anon and authenticated hold
-- exactly the grants the migrations mean, no more (Supabase grants everything, truncate
-- included, by default): anon nothing on any table or column, authenticated the listed
-- tables and, for insert and update, exactly the listed columns.
begin;
create extension if not exists pgtap with schema extensions;
set local search_path to public, extensions;

select plan(58);

select is_empty(
  $$ select format('%I.%I', schemaname, tablename) from pg_tables
     where schemaname in ('public', 'private') and not rowsecurity $$,
  'every table in public and private has row-level security enabled'
);

-- Guards the check above against passing on an empty schema.
select set_has(
  $$ select format('%I.%I', schemaname, tablename) from pg_tables
     where schemaname in ('public', 'private') and rowsecurity $$,
  $$ values ('public.users'), ('public.projects'), ('public.user_preferences'), ('public.generations'),
            ('public.assets'), ('public.share_links'), ('public.provider_health'),
            ('private.user_credentials'), ('private.sessions'), ('private.jobs') $$,
  'row-level security is on for the ten known tables'
);

select policies_are('public', 'users', array[
  'Users can view their own profile',
  'Users can update their own profile'
], 'public.users has a select and an update policy, no insert or delete');

select policies_are('public', 'projects', array[
  'Users can view their own projects',
  'Users can create projects for themselves',
  'Users can update their own projects',
  'Users can delete their own projects'
], 'public.projects has one policy per operation');

select policies_are('public', 'user_preferences', array[
  'Users can view their own preferences',
  'Users can create their own preferences',
  'Users can update their own preferences'
], 'public.user_preferences has a select, an insert and an update policy, no delete');

select policies_are('public', 'generations', array[
  'Users can view their own generations',
  'Users can create generations in their own projects',
  'Users can cancel their own generations'
], 'public.generations has a select, an insert and an update policy, no delete');

select policies_are('public', 'assets', array[
  'Users can view their own assets',
  'Users can rename and favourite their own assets',
  'Users can delete their own assets'
], 'public.assets has a select, an update and a delete policy, no insert (the workers write assets)');

select policies_are('public', 'share_links', array[
  'Users can view their own share links',
  'Users can share their own assets',
  'Users can revoke their own share links'
], 'public.share_links has a select, an insert and an update policy, no delete');

select policies_are('public', 'provider_health', array[
  'Signed-in users can view provider health'
], 'public.provider_health has a select policy only');

select policies_are('private', 'user_credentials', '{}'::name[],
  'private.user_credentials has no policies: only bypassrls roles read it');
select policies_are('private', 'sessions', '{}'::name[],
  'private.sessions has no policies: only bypassrls roles read it');
select policies_are('private', 'jobs', '{}'::name[],
  'private.jobs has no policies: only bypassrls roles read it');

select is_empty(
  $$ select policyname from pg_policies
     where schemaname in ('public', 'private') and cmd = 'ALL' $$,
  'no policy is "for all"'
);

select is_empty(
  $$ select policyname from pg_policies
     where schemaname in ('public', 'private') and roles <> '{authenticated}'::name[] $$,
  'every policy applies to authenticated only'
);

-- Provider health holds no user data: every signed-in user reads all of it.
select is(
  (select string_agg(format('for %s to %s using (%s) with check %s',
                            cmd, roles, qual, coalesce(with_check, '(none)')), '; ')
   from pg_policies where schemaname = 'public' and tablename = 'provider_health'),
  'for SELECT to {authenticated} using (true) with check (none)',
  'the provider health policy is select-only, to authenticated, using (true)'
);

-- Postgres prints (select auth.uid()) as "( SELECT auth.uid() AS uid)".
select is_empty(
  $$ select policyname from pg_policies, unnest(array[qual, with_check]) as e(expr)
     where schemaname in ('public', 'private')
       and replace(expr, '( SELECT auth.uid() AS uid)', '') like '%auth.uid()%' $$,
  'no policy calls a bare auth.uid() (evaluated per row)'
);

select is_empty(
  $$ select policyname from pg_policies, unnest(array[qual, with_check]) as e(expr)
     where schemaname in ('public', 'private')
       and expr is not null and expr not like '%( SELECT auth.uid() AS uid)%'
       and (schemaname, tablename, policyname)
           <> ('public', 'provider_health', 'Signed-in users can view provider health') $$,
  'every policy expression but provider health''s checks the caller through (select auth.uid())'
);

select ok(
  exists (
    select 1 from pg_index i
    join pg_attribute a on a.attrelid = i.indrelid and a.attnum = i.indkey[0]
    where i.indrelid = 'public.projects'::regclass and a.attname = 'user_id'
  ),
  'public.projects.user_id leads an index'
);

-- The owner policies filter on user_id: a table without such an index scans per request.
select is_empty(
  $$ select format('%I.%I', n.nspname, c.relname) from pg_class c
     join pg_namespace n on n.oid = c.relnamespace
     join pg_attribute a on a.attrelid = c.oid and a.attname = 'user_id' and not a.attisdropped
     where n.nspname in ('public', 'private') and c.relkind = 'r'
       and not exists (select 1 from pg_index i where i.indrelid = c.oid and i.indkey[0] = a.attnum) $$,
  'every user_id column in public and private leads an index'
);

-- Deleting a project cascades to generations, assets, jobs and share links through these.
select is_empty(
  $$ select format('%s %s', c.conrelid::regclass, c.conname) from pg_constraint c
     join pg_namespace n on n.oid = c.connamespace
     where c.contype = 'f' and n.nspname in ('public', 'private')
       and not exists (
         select 1 from pg_index i where i.indrelid = c.conrelid
           and (string_to_array(i.indkey::text, ' ')::int2[])[1:cardinality(c.conkey)] = c.conkey
       ) $$,
  'every foreign key in public and private leads an index (cascades do not scan)'
);

select schema_privs_are('private', 'anon', '{}'::text[], 'anon cannot use the private schema');
select schema_privs_are('private', 'authenticated', '{}'::text[],
  'authenticated cannot use the private schema');

select table_privs_are('public', 'users', 'anon', '{}'::text[], 'anon has no grant on public.users');
select table_privs_are('public', 'projects', 'anon', '{}'::text[], 'anon has no grant on public.projects');
select is_empty(
  $$ select format('%I.%I', n.nspname, c.relname) from pg_class c
     join pg_namespace n on n.oid = c.relnamespace
     where n.nspname in ('public', 'private') and c.relkind in ('r', 'v', 'm', 'p', 'f')
       and (has_table_privilege('anon', c.oid, 'SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER')
            or has_any_column_privilege('anon', c.oid, 'SELECT, INSERT, UPDATE, REFERENCES')) $$,
  'anon holds no privilege on any table or column in public or private'
);
select table_privs_are('public', 'users', 'authenticated', array['SELECT'],
  'authenticated may only select public.users as a whole');
select table_privs_are('public', 'projects', 'authenticated', array['SELECT', 'DELETE'],
  'authenticated may select and delete public.projects; no truncate, no whole-row insert');
select table_privs_are('private', 'user_credentials', 'authenticated', '{}'::text[],
  'authenticated has no grant on private.user_credentials');
select table_privs_are('private', 'sessions', 'authenticated', '{}'::text[],
  'authenticated has no grant on private.sessions');
select table_privs_are('public', 'user_preferences', 'authenticated', array['SELECT'],
  'authenticated may only select public.user_preferences as a whole; no delete');
select table_privs_are('public', 'generations', 'authenticated', array['SELECT'],
  'authenticated may only select public.generations as a whole; no delete, no truncate');
select table_privs_are('public', 'assets', 'authenticated', array['SELECT', 'DELETE'],
  'authenticated may select and delete public.assets; no truncate, no insert');
select table_privs_are('public', 'share_links', 'authenticated', array['SELECT'],
  'authenticated may only select public.share_links as a whole; no delete');
select table_privs_are('public', 'provider_health', 'authenticated', array['SELECT'],
  'authenticated may only select public.provider_health');
select table_privs_are('private', 'jobs', 'authenticated', '{}'::text[],
  'authenticated has no grant on private.jobs');
select is_empty(
  $$ select format('%I.%I', n.nspname, c.relname) from pg_class c
     join pg_namespace n on n.oid = c.relnamespace
     where n.nspname in ('public', 'private') and c.relkind in ('r', 'v', 'm', 'p', 'f')
       and (has_table_privilege('authenticated', c.oid, 'TRUNCATE, REFERENCES, TRIGGER')
            or has_any_column_privilege('authenticated', c.oid, 'REFERENCES')) $$,
  'authenticated may not truncate, reference or add triggers to any table in public or private'
);
select is_empty(
  $$ select attname from pg_attribute
     where attrelid = 'private.jobs'::regclass and attnum > 0 and not attisdropped
       and has_column_privilege('authenticated', attrelid, attnum, 'SELECT, INSERT, UPDATE, REFERENCES') $$,
  'authenticated has no grant on any column of private.jobs'
);

select column_privs_are('public', 'users', 'display_name', 'authenticated', array['SELECT', 'UPDATE'],
  'authenticated may update public.users.display_name');
select column_privs_are('public', 'users', 'email', 'authenticated', array['SELECT'],
  'authenticated may not update public.users.email');
select column_privs_are('public', 'projects', 'name', 'authenticated', array['SELECT', 'INSERT', 'UPDATE'],
  'authenticated may update public.projects.name');
select column_privs_are('public', 'projects', 'user_id', 'authenticated', array['SELECT', 'INSERT'],
  'authenticated may not move a project to another owner');
select column_privs_are('public', 'projects', 'created_at', 'authenticated', array['SELECT'],
  'authenticated may not set or change public.projects.created_at (paging order)');
select column_privs_are('public', 'projects', 'id', 'authenticated', array['SELECT'],
  'authenticated may not choose or change a project id');
select column_privs_are('public', 'projects', 'monthly_budget_usd', 'authenticated', array['SELECT', 'INSERT', 'UPDATE'],
  'authenticated may set and change public.projects.monthly_budget_usd');

-- Exactly which columns authenticated may insert and update, table by table (a column
-- grant added by a later migration fails here). has_column_privilege counts table-wide
-- grants too.

select set_eq(
  $$ select attname::text from pg_attribute
     where attrelid = 'public.users'::regclass and attnum > 0 and not attisdropped
       and has_column_privilege('authenticated', attrelid, attnum, 'INSERT') $$,
  '{}'::text[],
  'authenticated may insert no column of public.users'
);

select set_eq(
  $$ select attname::text from pg_attribute
     where attrelid = 'public.users'::regclass and attnum > 0 and not attisdropped
       and has_column_privilege('authenticated', attrelid, attnum, 'UPDATE') $$,
  array['display_name'],
  'authenticated may update only display_name of public.users'
);

select set_eq(
  $$ select attname::text from pg_attribute
     where attrelid = 'public.projects'::regclass and attnum > 0 and not attisdropped
       and has_column_privilege('authenticated', attrelid, attnum, 'INSERT') $$,
  array['user_id', 'name', 'description', 'monthly_budget_usd'],
  'authenticated may insert only user_id, name, description, monthly_budget_usd of public.projects'
);

select set_eq(
  $$ select attname::text from pg_attribute
     where attrelid = 'public.projects'::regclass and attnum > 0 and not attisdropped
       and has_column_privilege('authenticated', attrelid, attnum, 'UPDATE') $$,
  array['name', 'description', 'monthly_budget_usd'],
  'authenticated may update only name, description, monthly_budget_usd of public.projects'
);

select set_eq(
  $$ select attname::text from pg_attribute
     where attrelid = 'public.user_preferences'::regclass and attnum > 0 and not attisdropped
       and has_column_privilege('authenticated', attrelid, attnum, 'INSERT') $$,
  array['user_id', 'monthly_budget_usd', 'default_models'],
  'authenticated may insert only user_id, monthly_budget_usd, default_models of public.user_preferences'
);

select set_eq(
  $$ select attname::text from pg_attribute
     where attrelid = 'public.user_preferences'::regclass and attnum > 0 and not attisdropped
       and has_column_privilege('authenticated', attrelid, attnum, 'UPDATE') $$,
  array['monthly_budget_usd', 'default_models'],
  'authenticated may update only monthly_budget_usd, default_models of public.user_preferences'
);

select set_eq(
  $$ select attname::text from pg_attribute
     where attrelid = 'public.generations'::regclass and attnum > 0 and not attisdropped
       and has_column_privilege('authenticated', attrelid, attnum, 'INSERT') $$,
  array['user_id', 'project_id', 'generation_type', 'provider', 'model', 'prompt', 'parameters', 'estimated_cost_usd', 'idempotency_key'],
  'authenticated may insert only the request columns of public.generations (no status, cost, output, timestamps)'
);

select set_eq(
  $$ select attname::text from pg_attribute
     where attrelid = 'public.generations'::regclass and attnum > 0 and not attisdropped
       and has_column_privilege('authenticated', attrelid, attnum, 'UPDATE') $$,
  array['cancel_requested_at'],
  'authenticated may update only cancel_requested_at of public.generations'
);

select set_eq(
  $$ select attname::text from pg_attribute
     where attrelid = 'public.assets'::regclass and attnum > 0 and not attisdropped
       and has_column_privilege('authenticated', attrelid, attnum, 'INSERT') $$,
  '{}'::text[],
  'authenticated may insert no column of public.assets'
);

select set_eq(
  $$ select attname::text from pg_attribute
     where attrelid = 'public.assets'::regclass and attnum > 0 and not attisdropped
       and has_column_privilege('authenticated', attrelid, attnum, 'UPDATE') $$,
  array['name', 'favorite'],
  'authenticated may update only name, favorite of public.assets'
);

select set_eq(
  $$ select attname::text from pg_attribute
     where attrelid = 'public.share_links'::regclass and attnum > 0 and not attisdropped
       and has_column_privilege('authenticated', attrelid, attnum, 'INSERT') $$,
  array['user_id', 'asset_id', 'token_hash', 'expires_at'],
  'authenticated may insert only user_id, asset_id, token_hash, expires_at of public.share_links'
);

select set_eq(
  $$ select attname::text from pg_attribute
     where attrelid = 'public.share_links'::regclass and attnum > 0 and not attisdropped
       and has_column_privilege('authenticated', attrelid, attnum, 'UPDATE') $$,
  array['revoked_at'],
  'authenticated may update only revoked_at of public.share_links'
);

select set_eq(
  $$ select attname::text from pg_attribute
     where attrelid = 'public.provider_health'::regclass and attnum > 0 and not attisdropped
       and has_column_privilege('authenticated', attrelid, attnum, 'INSERT') $$,
  '{}'::text[],
  'authenticated may insert no column of public.provider_health'
);

select set_eq(
  $$ select attname::text from pg_attribute
     where attrelid = 'public.provider_health'::regclass and attnum > 0 and not attisdropped
       and has_column_privilege('authenticated', attrelid, attnum, 'UPDATE') $$,
  '{}'::text[],
  'authenticated may update no column of public.provider_health'
);

select * from finish();
rollback;
