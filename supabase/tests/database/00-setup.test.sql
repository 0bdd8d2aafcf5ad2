-- Setup: what the other test files rely on.
--
-- Proves that pgTAP runs, that the Supabase roles exist with the attributes the policies
-- assume (only service_role bypasses row-level security), that auth.uid() reads the sub
-- claim the tests set with request.jwt.claims, that the tables, column and triggers under
-- test exist, and that inserting an auth.users identity creates its public.users profile,
-- which is how every file creates its test users.
begin;
create extension if not exists pgtap with schema extensions;
set local search_path to public, extensions;

select plan(20);

select has_role('anon', 'anon exists');
select has_role('authenticated', 'authenticated exists');
select has_role('service_role', 'service_role exists');

select results_eq(
  $$ select rolname, rolbypassrls from pg_roles
     where rolname in ('anon', 'authenticated', 'service_role') order by rolname $$,
  $$ values ('anon'::name, false), ('authenticated'::name, false), ('service_role'::name, true) $$,
  'only service_role bypasses row-level security'
);

select is(auth.uid(), null, 'auth.uid() is null without claims');

select set_config('request.jwt.claims',
  json_build_object('sub', '11111111-1111-4111-8111-111111111111', 'role', 'authenticated')::text, true);
select is(auth.uid(), '11111111-1111-4111-8111-111111111111'::uuid, 'auth.uid() is the sub claim');

select has_table('public', 'users', 'public.users exists');
select has_table('public', 'projects', 'public.projects exists');
select has_table('private', 'user_credentials', 'private.user_credentials exists');
select has_table('private', 'sessions', 'private.sessions exists');
select has_table('public', 'user_preferences', 'public.user_preferences exists');
select has_table('public', 'generations', 'public.generations exists');
select has_table('public', 'assets', 'public.assets exists');
select has_table('public', 'share_links', 'public.share_links exists');
select has_table('public', 'provider_health', 'public.provider_health exists');
select has_table('private', 'jobs', 'private.jobs exists');
select has_column('public', 'projects', 'monthly_budget_usd', 'public.projects.monthly_budget_usd exists');
select has_trigger('public', 'generations', 'generations_enqueue',
  'public.generations has the trigger that enqueues its job');
select has_trigger('public', 'generations', 'generations_cancel_request',
  'public.generations has the trigger that handles a cancel request');

insert into auth.users (id, email, raw_user_meta_data)
values ('11111111-1111-4111-8111-111111111111', 'alice@pgtap.test', '{"display_name": "Alice"}');

select results_eq(
  $$ select id, email, display_name from public.users
     where id = '11111111-1111-4111-8111-111111111111' $$,
  $$ values ('11111111-1111-4111-8111-111111111111'::uuid, 'alice@pgtap.test', 'Alice') $$,
  'a new auth.users identity gets its profile'
);

select * from finish();
rollback;
