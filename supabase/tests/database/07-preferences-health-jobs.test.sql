-- public.user_preferences, public.provider_health and private.jobs.
--
-- Proves that a signed-in user sees, creates (once: one row per user) and changes only
-- their own preferences, also through the app's upsert, and cannot create, take over or
-- delete anyone's; that every signed-in user reads provider health and none can write it;
-- that neither authenticated (not even for the job of their own generation) nor anon can
-- select, insert, update or delete private.jobs (42501: no usage on the private schema),
-- and that were they granted, row-level security with no policies would still hide every
-- job; that anon can do nothing with any of the three; and that service_role reads and
-- writes all three, as the workers do.
begin;
create extension if not exists pgtap with schema extensions;
set local search_path to public, extensions;

select plan(39);

-- alice 1111… has no preferences yet and a generation a0… in project aaaa… (so a job);
-- bob 2222… has preferences. Two providers with their health.
insert into auth.users (id, email) values
  ('11111111-1111-4111-8111-111111111111', 'alice@pgtap.test'),
  ('22222222-2222-4222-8222-222222222222', 'bob@pgtap.test');
insert into public.user_preferences (user_id, monthly_budget_usd)
values ('22222222-2222-4222-8222-222222222222', 20);
insert into public.projects (id, user_id, name)
values ('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', '11111111-1111-4111-8111-111111111111', 'Alice project');
insert into public.generations (id, user_id, project_id, generation_type, provider, model, prompt)
values ('a0a0a0a0-a0a0-4a0a-8a0a-a0a0a0a0a0a0', '11111111-1111-4111-8111-111111111111',
        'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', 'image', 'pgtap-ok', 'model', 'a cat');
insert into public.provider_health (provider, status, consecutive_failures, last_error) values
  ('pgtap-ok', 'healthy', 0, null),
  ('pgtap-flaky', 'degraded', 3, 'timeout');

-- ---------------------------------------------------------------------------------
-- alice: preferences
set local role authenticated;
select set_config('request.jwt.claims',
  json_build_object('sub', '11111111-1111-4111-8111-111111111111', 'role', 'authenticated')::text, true);

select is_empty($$ select user_id from public.user_preferences $$,
  'a user without preferences sees none (not another user''s)');

select results_eq(
  $$ insert into public.user_preferences (monthly_budget_usd) values (50) returning user_id, monthly_budget_usd $$,
  $$ values ('11111111-1111-4111-8111-111111111111'::uuid, 50.00::numeric) $$,
  'a user can create their preferences; they are theirs'
);

select throws_ok(
  $$ insert into public.user_preferences (monthly_budget_usd) values (60) $$,
  '23505', 'duplicate key value violates unique constraint "user_preferences_pkey"',
  'a user has one preferences row'
);

-- The app's setUserBudget.
select results_eq(
  $$ insert into public.user_preferences (monthly_budget_usd) values (75)
     on conflict (user_id) do update set monthly_budget_usd = excluded.monthly_budget_usd
     returning user_id, monthly_budget_usd $$,
  $$ values ('11111111-1111-4111-8111-111111111111'::uuid, 75.00::numeric) $$,
  'a user can upsert their preferences'
);

select throws_ok(
  $$ insert into public.user_preferences (user_id, monthly_budget_usd)
     values ('22222222-2222-4222-8222-222222222222', 0) $$,
  '42501', 'new row violates row-level security policy for table "user_preferences"',
  'a user cannot create preferences for another user'
);

select throws_ok(
  $$ insert into public.user_preferences (user_id, monthly_budget_usd)
     values ('22222222-2222-4222-8222-222222222222', 0)
     on conflict (user_id) do update set monthly_budget_usd = excluded.monthly_budget_usd $$,
  '42501', 'new row violates row-level security policy for table "user_preferences"',
  'a user cannot overwrite another user''s preferences through an upsert'
);

select results_eq(
  $$ update public.user_preferences set monthly_budget_usd = 80 returning user_id, monthly_budget_usd $$,
  $$ values ('11111111-1111-4111-8111-111111111111'::uuid, 80.00::numeric) $$,
  'a user''s update of preferences changes only their own'
);

select is_empty(
  $$ update public.user_preferences set monthly_budget_usd = 0
     where user_id = '22222222-2222-4222-8222-222222222222' returning user_id $$,
  'a user''s update of another user''s preferences affects no row'
);

select throws_ok(
  $$ update public.user_preferences set user_id = '22222222-2222-4222-8222-222222222222' $$,
  '42501', 'permission denied for table user_preferences',
  'a user cannot hand their preferences to someone else'
);

select throws_ok(
  $$ update public.user_preferences set monthly_budget_usd = -1 $$,
  '23514', null,
  'a budget cannot be negative'
);

select throws_ok(
  $$ delete from public.user_preferences $$,
  '42501', 'permission denied for table user_preferences',
  'a user cannot delete preferences'
);

-- ---------------------------------------------------------------------------------
-- alice: provider health
select results_eq(
  $$ select provider, status, consecutive_failures from public.provider_health
     where provider like 'pgtap-%' order by provider $$,
  $$ values ('pgtap-flaky', 'degraded', 3), ('pgtap-ok', 'healthy', 0) $$,
  'a user reads the health of every provider'
);

select throws_ok(
  $$ insert into public.provider_health (provider, status) values ('pgtap-new', 'healthy') $$,
  '42501', 'permission denied for table provider_health',
  'a user cannot add a provider''s health'
);

select throws_ok(
  $$ update public.provider_health set status = 'healthy', consecutive_failures = 0 where provider = 'pgtap-flaky' $$,
  '42501', 'permission denied for table provider_health',
  'a user cannot change a provider''s health'
);

select throws_ok(
  $$ delete from public.provider_health where provider = 'pgtap-flaky' $$,
  '42501', 'permission denied for table provider_health',
  'a user cannot delete a provider''s health'
);

-- ---------------------------------------------------------------------------------
-- alice: the job of her own generation
select throws_ok($$ select * from private.jobs $$, '42501', null,
  'a user cannot read jobs, not even their own generation''s');
select throws_ok(
  $$ insert into private.jobs (generation_id) values ('a0a0a0a0-a0a0-4a0a-8a0a-a0a0a0a0a0a0') $$,
  '42501', null, 'a user cannot create a job');
select throws_ok(
  $$ update private.jobs set run_at = now() - interval '1 day'
     where generation_id = 'a0a0a0a0-a0a0-4a0a-8a0a-a0a0a0a0a0a0' $$,
  '42501', null, 'a user cannot move their job up the queue');
select throws_ok(
  $$ delete from private.jobs where generation_id = 'a0a0a0a0-a0a0-4a0a-8a0a-a0a0a0a0a0a0' $$,
  '42501', null, 'a user cannot delete a job');

-- ---------------------------------------------------------------------------------
-- bob
select set_config('request.jwt.claims',
  json_build_object('sub', '22222222-2222-4222-8222-222222222222', 'role', 'authenticated')::text, true);

select results_eq(
  $$ select user_id, monthly_budget_usd from public.user_preferences $$,
  $$ values ('22222222-2222-4222-8222-222222222222'::uuid, 20.00::numeric) $$,
  'another user sees only their own, untouched preferences'
);

select results_eq(
  $$ select provider from public.provider_health where provider like 'pgtap-%' order by provider $$,
  $$ values ('pgtap-flaky'), ('pgtap-ok') $$,
  'every signed-in user reads provider health'
);

-- With no where clause and no returning, only the update policy (not the select one)
-- filters the rows: alice's budget must stay 80 (checked below).
select lives_ok(
  $$ update public.user_preferences set monthly_budget_usd = 21 $$,
  'a user''s unfiltered update of preferences touches only their own'
);

-- ---------------------------------------------------------------------------------
-- anon
reset role;
set local role anon;
select set_config('request.jwt.claims', json_build_object('role', 'anon')::text, true);

select throws_ok($$ select user_id from public.user_preferences $$, '42501', null, 'anon cannot read preferences');
select throws_ok(
  $$ insert into public.user_preferences (user_id, monthly_budget_usd)
     values ('11111111-1111-4111-8111-111111111111', 0) $$,
  '42501', null, 'anon cannot create preferences');
select throws_ok($$ update public.user_preferences set monthly_budget_usd = 0 $$, '42501', null,
  'anon cannot change preferences');

select throws_ok($$ select provider from public.provider_health $$, '42501', null,
  'anon cannot read provider health');
select throws_ok($$ update public.provider_health set status = 'unhealthy' $$, '42501', null,
  'anon cannot change provider health');

select throws_ok($$ select * from private.jobs $$, '42501', null, 'anon cannot read jobs');
select throws_ok(
  $$ insert into private.jobs (generation_id) values ('a0a0a0a0-a0a0-4a0a-8a0a-a0a0a0a0a0a0') $$,
  '42501', null, 'anon cannot create a job');
select throws_ok($$ update private.jobs set status = 'canceled' $$, '42501', null, 'anon cannot change jobs');
select throws_ok($$ delete from private.jobs $$, '42501', null, 'anon cannot delete jobs');

-- ---------------------------------------------------------------------------------
-- second line of defence: grant what the migrations refuse (rolled back with the rest)
-- and row-level security, having no policies, still hides every job.
reset role;
grant usage on schema private to authenticated;
grant select, insert, update, delete on private.jobs to authenticated;

set local role authenticated;
select set_config('request.jwt.claims',
  json_build_object('sub', '11111111-1111-4111-8111-111111111111', 'role', 'authenticated')::text, true);

select is_empty($$ select id from private.jobs $$, 'with grants, a user still sees no job');
select is_empty($$ update private.jobs set status = 'canceled' returning id $$,
  'with grants, a user''s update of jobs affects no row');
select is_empty($$ delete from private.jobs returning id $$,
  'with grants, a user''s delete of jobs affects no row');
select throws_ok(
  $$ insert into private.jobs (generation_id) values (gen_random_uuid()) $$,
  '42501', 'new row violates row-level security policy for table "jobs"',
  'with grants, a user still cannot create a job');

-- ---------------------------------------------------------------------------------
-- service_role: what the workers do
reset role;
set local role service_role;
select set_config('request.jwt.claims', json_build_object('role', 'service_role')::text, true);

select results_eq(
  $$ select user_id, monthly_budget_usd from public.user_preferences
     where user_id in ('11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222')
     order by user_id $$,
  $$ values ('11111111-1111-4111-8111-111111111111'::uuid, 80.00::numeric),
            ('22222222-2222-4222-8222-222222222222'::uuid, 21.00::numeric) $$,
  'service_role sees every user''s preferences; each user changed only their own'
);

select results_eq(
  $$ insert into public.provider_health (provider, status, consecutive_failures, last_error, last_failure_at)
     values ('pgtap-flaky', 'degraded', 1, 'timeout again', now())
     on conflict (provider) do update set
       consecutive_failures = public.provider_health.consecutive_failures + 1,
       status = 'unhealthy', last_error = excluded.last_error, last_failure_at = excluded.last_failure_at
     returning status, consecutive_failures, last_error $$,
  $$ values ('unhealthy', 4, 'timeout again') $$,
  'service_role records a provider failure'
);

select results_eq(
  $$ select status, attempts from private.jobs where generation_id = 'a0a0a0a0-a0a0-4a0a-8a0a-a0a0a0a0a0a0' $$,
  $$ values ('queued', 0) $$,
  'service_role reads the job, untouched by the refused writes'
);

select results_eq(
  $$ update private.jobs set status = 'running', locked_by = 'pgtap-worker',
       lease_expires_at = now() + interval '1 minute', attempts = attempts + 1
     where generation_id = 'a0a0a0a0-a0a0-4a0a-8a0a-a0a0a0a0a0a0' and status = 'queued'
     returning status, attempts, updated_at = now() $$,
  $$ values ('running', 1, true) $$,
  'service_role claims a job, and updated_at moves'
);

select * from finish();
rollback;
