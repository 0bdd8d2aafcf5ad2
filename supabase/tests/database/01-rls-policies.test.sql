-- Row-level security and grants, from the catalog.
--
-- Proves that every table in public and private has row-level security on (a query over
-- pg_tables, so a new table without it fails here), which policies each table has, that
-- policies are per operation, to authenticated, and find the caller through
-- (select auth.uid()), that the policy column of projects is indexed, and that anon and
-- authenticated hold exactly the grants the migrations mean, no more (Supabase grants
-- everything, truncate included, by default).
begin;
create extension if not exists pgtap with schema extensions;
set local search_path to public, extensions;

select plan(25);

select is_empty(
  $$ select format('%I.%I', schemaname, tablename) from pg_tables
     where schemaname in ('public', 'private') and not rowsecurity $$,
  'every table in public and private has row-level security enabled'
);

-- Guards the check above against passing on an empty schema.
select set_has(
  $$ select format('%I.%I', schemaname, tablename) from pg_tables
     where schemaname in ('public', 'private') and rowsecurity $$,
  $$ values ('public.users'), ('public.projects'), ('private.user_credentials'), ('private.sessions') $$,
  'row-level security is on for the four known tables'
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

select policies_are('private', 'user_credentials', '{}'::name[],
  'private.user_credentials has no policies: only bypassrls roles read it');
select policies_are('private', 'sessions', '{}'::name[],
  'private.sessions has no policies: only bypassrls roles read it');

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
       and expr is not null and expr not like '%( SELECT auth.uid() AS uid)%' $$,
  'every policy expression checks the caller through (select auth.uid())'
);

select ok(
  exists (
    select 1 from pg_index i
    join pg_attribute a on a.attrelid = i.indrelid and a.attnum = i.indkey[0]
    where i.indrelid = 'public.projects'::regclass and a.attname = 'user_id'
  ),
  'public.projects.user_id leads an index'
);

select schema_privs_are('private', 'anon', '{}'::text[], 'anon cannot use the private schema');
select schema_privs_are('private', 'authenticated', '{}'::text[],
  'authenticated cannot use the private schema');

select table_privs_are('public', 'users', 'anon', '{}'::text[], 'anon has no grant on public.users');
select table_privs_are('public', 'projects', 'anon', '{}'::text[], 'anon has no grant on public.projects');
select table_privs_are('public', 'users', 'authenticated', array['SELECT'],
  'authenticated may only select public.users as a whole');
select table_privs_are('public', 'projects', 'authenticated', array['SELECT', 'DELETE'],
  'authenticated may select and delete public.projects; no truncate, no whole-row insert');
select table_privs_are('private', 'user_credentials', 'authenticated', '{}'::text[],
  'authenticated has no grant on private.user_credentials');
select table_privs_are('private', 'sessions', 'authenticated', '{}'::text[],
  'authenticated has no grant on private.sessions');

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

select * from finish();
rollback;
