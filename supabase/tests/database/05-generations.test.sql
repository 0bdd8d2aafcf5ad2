-- public.generations: who can request, see and cancel which generation, and its job.
--
-- Proves that a signed-in user sees only their own generations; creates them only in their
-- own projects and for themselves (a new one is theirs and queued by default), each with
-- exactly one queued private.jobs row; cannot set or change its status, cost, output,
-- owner or project (column privileges) but can ask to cancel it: a queued generation is
-- then canceled at once, finished, and its job canceled, while a running one only records
-- the request for its worker; that another user's generations are invisible and writes to
-- them, even an unfiltered one, change nothing; that no user can delete or truncate
-- generations; that anon can do nothing; and that service_role sees and finishes any.
begin;
create extension if not exists pgtap with schema extensions;
set local search_path to public, extensions;

select plan(38);

-- alice 1111… owns project aaaa… with generations a1 (queued), a2 (running: its job is
-- claimed) and a3 (queued, left alone); bob 2222… owns project bbbb… with b1 (queued).
-- Inserted as the table owner, so the enqueue trigger gives each its job. An old
-- updated_at, so the tests below see the trigger move it.
insert into auth.users (id, email) values
  ('11111111-1111-4111-8111-111111111111', 'alice@pgtap.test'),
  ('22222222-2222-4222-8222-222222222222', 'bob@pgtap.test');
insert into public.projects (id, user_id, name) values
  ('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', '11111111-1111-4111-8111-111111111111', 'Alice project'),
  ('bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', '22222222-2222-4222-8222-222222222222', 'Bob project');
insert into public.generations
  (id, user_id, project_id, generation_type, provider, model, prompt, status, started_at, updated_at)
values
  ('a1a1a1a1-a1a1-4a1a-8a1a-a1a1a1a1a1a1', '11111111-1111-4111-8111-111111111111',
   'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', 'image', 'openai', 'gpt-image-1', 'a cat', 'queued', null, '2000-01-01'),
  ('a2a2a2a2-a2a2-4a2a-8a2a-a2a2a2a2a2a2', '11111111-1111-4111-8111-111111111111',
   'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', 'video', 'replicate', 'some/video-model', 'a dog', 'running', now(), '2000-01-01'),
  ('a3a3a3a3-a3a3-4a3a-8a3a-a3a3a3a3a3a3', '11111111-1111-4111-8111-111111111111',
   'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', 'text', 'openai', 'gpt-4o-mini', 'a poem', 'queued', null, '2000-01-01'),
  ('b1b1b1b1-b1b1-4b1b-8b1b-b1b1b1b1b1b1', '22222222-2222-4222-8222-222222222222',
   'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', 'audio', 'elevenlabs', 'eleven_v3', 'a song', 'queued', null, '2000-01-01');
update private.jobs set status = 'running', locked_by = 'pgtap-worker', lease_expires_at = now() + interval '5 minutes'
where generation_id = 'a2a2a2a2-a2a2-4a2a-8a2a-a2a2a2a2a2a2';

-- ---------------------------------------------------------------------------------
-- alice
set local role authenticated;
select set_config('request.jwt.claims',
  json_build_object('sub', '11111111-1111-4111-8111-111111111111', 'role', 'authenticated')::text, true);

select results_eq(
  $$ select id from public.generations order by id $$,
  $$ values ('a1a1a1a1-a1a1-4a1a-8a1a-a1a1a1a1a1a1'::uuid), ('a2a2a2a2-a2a2-4a2a-8a2a-a2a2a2a2a2a2'::uuid),
            ('a3a3a3a3-a3a3-4a3a-8a3a-a3a3a3a3a3a3'::uuid) $$,
  'a user sees their own generations and no other'
);

select results_eq(
  $$ insert into public.generations (project_id, generation_type, provider, model, prompt, estimated_cost_usd, idempotency_key)
     values ('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', 'image', 'openai', 'gpt-image-1', 'a fox', 0.04, 'pgtap-new')
     returning user_id, status, cancel_requested_at is null, actual_cost_usd is null $$,
  $$ values ('11111111-1111-4111-8111-111111111111'::uuid, 'queued'::public.generation_status, true, true) $$,
  'a user can create a generation in their own project; it is theirs and queued'
);

select throws_ok(
  $$ insert into public.generations (project_id, generation_type, provider, model, prompt, idempotency_key)
     values ('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', 'image', 'openai', 'gpt-image-1', 'a fox again', 'pgtap-new') $$,
  '23505', null,
  'a user cannot reuse an idempotency key'
);

select throws_ok(
  $$ insert into public.generations (project_id, generation_type, provider, model, prompt)
     values ('bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', 'image', 'openai', 'gpt-image-1', 'planted') $$,
  '42501', 'new row violates row-level security policy for table "generations"',
  'a user cannot create a generation in another user''s project'
);

select throws_ok(
  $$ insert into public.generations (user_id, project_id, generation_type, provider, model, prompt)
     values ('22222222-2222-4222-8222-222222222222', 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
             'image', 'openai', 'gpt-image-1', 'billed to bob') $$,
  '42501', 'new row violates row-level security policy for table "generations"',
  'a user cannot create a generation for another user'
);

select throws_ok(
  $$ insert into public.generations (project_id, generation_type, provider, model, prompt, status)
     values ('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', 'image', 'openai', 'gpt-image-1', 'done already', 'succeeded') $$,
  '42501', 'permission denied for table generations',
  'a user cannot create a generation with a status'
);

select throws_ok(
  $$ insert into public.generations (project_id, generation_type, provider, model, prompt, actual_cost_usd)
     values ('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', 'image', 'openai', 'gpt-image-1', 'free', 0) $$,
  '42501', 'permission denied for table generations',
  'a user cannot create a generation with an actual cost'
);

select throws_ok(
  $$ insert into public.generations (project_id, generation_type, provider, model, prompt, output_text)
     values ('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', 'text', 'openai', 'gpt-4o-mini', 'a poem', 'forged') $$,
  '42501', 'permission denied for table generations',
  'a user cannot create a generation with an output'
);

select throws_ok(
  $$ update public.generations set status = 'succeeded' where id = 'a3a3a3a3-a3a3-4a3a-8a3a-a3a3a3a3a3a3' $$,
  '42501', 'permission denied for table generations',
  'a user cannot change the status of their own generation'
);

select throws_ok(
  $$ update public.generations set actual_cost_usd = 0 where id = 'a3a3a3a3-a3a3-4a3a-8a3a-a3a3a3a3a3a3' $$,
  '42501', 'permission denied for table generations',
  'a user cannot change the cost of their own generation'
);

select throws_ok(
  $$ update public.generations set output_text = 'forged' where id = 'a3a3a3a3-a3a3-4a3a-8a3a-a3a3a3a3a3a3' $$,
  '42501', 'permission denied for table generations',
  'a user cannot change the output of their own generation'
);

select throws_ok(
  $$ update public.generations set project_id = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb'
     where id = 'a3a3a3a3-a3a3-4a3a-8a3a-a3a3a3a3a3a3' $$,
  '42501', 'permission denied for table generations',
  'a user cannot move their generation to another project'
);

select throws_ok(
  $$ update public.generations set user_id = '22222222-2222-4222-8222-222222222222'
     where id = 'a3a3a3a3-a3a3-4a3a-8a3a-a3a3a3a3a3a3' $$,
  '42501', 'permission denied for table generations',
  'a user cannot hand their generation to someone else'
);

select results_eq(
  $$ update public.generations set cancel_requested_at = now()
     where id = 'a1a1a1a1-a1a1-4a1a-8a1a-a1a1a1a1a1a1'
     returning status, cancel_requested_at = now(), finished_at = now(), updated_at = now() $$,
  $$ values ('canceled'::public.generation_status, true, true, true) $$,
  'cancelling a queued generation cancels and finishes it at once'
);

select results_eq(
  $$ update public.generations set cancel_requested_at = now()
     where id = 'a2a2a2a2-a2a2-4a2a-8a2a-a2a2a2a2a2a2'
     returning status, cancel_requested_at = now(), finished_at is null $$,
  $$ values ('running'::public.generation_status, true, true) $$,
  'cancelling a running generation only records the request for its worker'
);

select results_eq(
  $$ update public.generations set cancel_requested_at = null
     where id = 'a2a2a2a2-a2a2-4a2a-8a2a-a2a2a2a2a2a2' returning cancel_requested_at = now() $$,
  $$ values (true) $$,
  'a cancel request cannot be taken back'
);

select results_eq(
  $$ update public.generations set cancel_requested_at = '2000-01-01'
     where id = 'a2a2a2a2-a2a2-4a2a-8a2a-a2a2a2a2a2a2' returning cancel_requested_at = now() $$,
  $$ values (true) $$,
  'a cancel request keeps the server''s time, whatever time the user sends'
);

select is_empty(
  $$ update public.generations set cancel_requested_at = now()
     where id = 'b1b1b1b1-b1b1-4b1b-8b1b-b1b1b1b1b1b1' returning id $$,
  'a user''s cancel of another user''s generation affects no row'
);

select throws_ok(
  $$ delete from public.generations where id = 'a3a3a3a3-a3a3-4a3a-8a3a-a3a3a3a3a3a3' $$,
  '42501', 'permission denied for table generations',
  'a user cannot delete a generation, not even their own'
);

select throws_ok(
  $$ truncate public.generations $$,
  '42501', null,
  'a user cannot truncate generations (truncate ignores row-level security)'
);

-- ---------------------------------------------------------------------------------
-- bob
select set_config('request.jwt.claims',
  json_build_object('sub', '22222222-2222-4222-8222-222222222222', 'role', 'authenticated')::text, true);

select results_eq(
  $$ select id, status, cancel_requested_at is null from public.generations $$,
  $$ values ('b1b1b1b1-b1b1-4b1b-8b1b-b1b1b1b1b1b1'::uuid, 'queued'::public.generation_status, true) $$,
  'another user sees only their own, untouched generation'
);

-- With no where clause and no returning, only the update policy (not the select one)
-- filters the rows: alice's a3 must stay queued (checked below).
select lives_ok(
  $$ update public.generations set cancel_requested_at = now() $$,
  'a user''s unfiltered cancel touches only their own generations'
);

select lives_ok(
  $$ insert into public.generations (project_id, generation_type, provider, model, prompt, idempotency_key)
     values ('bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', 'music', 'elevenlabs', 'music_v1', 'a tune', 'pgtap-new') $$,
  'idempotency keys are per user: another user may use the same one'
);

-- ---------------------------------------------------------------------------------
-- authenticated without a sub claim
select set_config('request.jwt.claims', json_build_object('role', 'authenticated')::text, true);

select is_empty($$ select id from public.generations $$, 'authenticated without a sub sees no generation');
select throws_ok(
  $$ insert into public.generations (project_id, generation_type, provider, model, prompt)
     values ('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', 'image', 'openai', 'gpt-image-1', 'orphan') $$,
  '42501', null,
  'authenticated without a sub cannot create a generation'
);

-- ---------------------------------------------------------------------------------
-- anon
reset role;
set local role anon;
select set_config('request.jwt.claims', json_build_object('role', 'anon')::text, true);

select throws_ok($$ select id from public.generations $$, '42501', null, 'anon cannot read generations');
select throws_ok(
  $$ insert into public.generations (user_id, project_id, generation_type, provider, model, prompt)
     values ('11111111-1111-4111-8111-111111111111', 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
             'image', 'openai', 'gpt-image-1', 'anon') $$,
  '42501', null, 'anon cannot create generations'
);
select throws_ok(
  $$ update public.generations set cancel_requested_at = now() $$,
  '42501', null, 'anon cannot cancel generations'
);
select throws_ok($$ delete from public.generations $$, '42501', null, 'anon cannot delete generations');

-- ---------------------------------------------------------------------------------
-- service_role: what the workers do
reset role;
set local role service_role;
select set_config('request.jwt.claims', json_build_object('role', 'service_role')::text, true);

select results_eq(
  $$ select id from public.generations
     where id in ('a1a1a1a1-a1a1-4a1a-8a1a-a1a1a1a1a1a1', 'a2a2a2a2-a2a2-4a2a-8a2a-a2a2a2a2a2a2',
                  'a3a3a3a3-a3a3-4a3a-8a3a-a3a3a3a3a3a3', 'b1b1b1b1-b1b1-4b1b-8b1b-b1b1b1b1b1b1')
     order by id $$,
  $$ values ('a1a1a1a1-a1a1-4a1a-8a1a-a1a1a1a1a1a1'::uuid), ('a2a2a2a2-a2a2-4a2a-8a2a-a2a2a2a2a2a2'::uuid),
            ('a3a3a3a3-a3a3-4a3a-8a3a-a3a3a3a3a3a3'::uuid), ('b1b1b1b1-b1b1-4b1b-8b1b-b1b1b1b1b1b1'::uuid) $$,
  'service_role sees every generation'
);

select results_eq(
  $$ update public.generations set status = 'canceled', finished_at = now(), actual_cost_usd = 0.02
     where id = 'a2a2a2a2-a2a2-4a2a-8a2a-a2a2a2a2a2a2' returning status, actual_cost_usd $$,
  $$ values ('canceled'::public.generation_status, 0.02::numeric) $$,
  'service_role finishes a generation and records its cost'
);

-- ---------------------------------------------------------------------------------
-- what the writes above left behind, seen as the table owner
reset role;

select results_eq(
  $$ select id, status, cancel_requested_at is not null, finished_at is not null from public.generations
     where id in ('a1a1a1a1-a1a1-4a1a-8a1a-a1a1a1a1a1a1', 'a2a2a2a2-a2a2-4a2a-8a2a-a2a2a2a2a2a2',
                  'a3a3a3a3-a3a3-4a3a-8a3a-a3a3a3a3a3a3', 'b1b1b1b1-b1b1-4b1b-8b1b-b1b1b1b1b1b1')
     order by id $$,
  $$ values
     ('a1a1a1a1-a1a1-4a1a-8a1a-a1a1a1a1a1a1'::uuid, 'canceled'::public.generation_status, true, true),
     ('a2a2a2a2-a2a2-4a2a-8a2a-a2a2a2a2a2a2'::uuid, 'canceled'::public.generation_status, true, true),
     ('a3a3a3a3-a3a3-4a3a-8a3a-a3a3a3a3a3a3'::uuid, 'queued'::public.generation_status, false, false),
     ('b1b1b1b1-b1b1-4b1b-8b1b-b1b1b1b1b1b1'::uuid, 'canceled'::public.generation_status, true, true) $$,
  'each user cancelled only their own generations; nothing else changed'
);

select results_eq(
  $$ select updated_at from public.generations where id = 'a3a3a3a3-a3a3-4a3a-8a3a-a3a3a3a3a3a3' $$,
  $$ values ('2000-01-01'::timestamptz) $$,
  'alice''s untouched generation was not even touched by the refused writes'
);

select results_eq(
  $$ select generation_id, status, locked_by, lease_expires_at is null from private.jobs
     where generation_id in ('a1a1a1a1-a1a1-4a1a-8a1a-a1a1a1a1a1a1', 'a2a2a2a2-a2a2-4a2a-8a2a-a2a2a2a2a2a2',
                             'a3a3a3a3-a3a3-4a3a-8a3a-a3a3a3a3a3a3', 'b1b1b1b1-b1b1-4b1b-8b1b-b1b1b1b1b1b1')
     order by generation_id $$,
  $$ values
     ('a1a1a1a1-a1a1-4a1a-8a1a-a1a1a1a1a1a1'::uuid, 'canceled', null, true),
     ('a2a2a2a2-a2a2-4a2a-8a2a-a2a2a2a2a2a2'::uuid, 'running', 'pgtap-worker', false),
     ('a3a3a3a3-a3a3-4a3a-8a3a-a3a3a3a3a3a3'::uuid, 'queued', null, true),
     ('b1b1b1b1-b1b1-4b1b-8b1b-b1b1b1b1b1b1'::uuid, 'canceled', null, true) $$,
  'a cancelled queued generation''s job is canceled; a running one''s job is left to its worker'
);

select results_eq(
  $$ select g.user_id, j.status, j.attempts from private.jobs j
     join public.generations g on g.id = j.generation_id
     where g.idempotency_key = 'pgtap-new' order by g.user_id $$,
  $$ values ('11111111-1111-4111-8111-111111111111'::uuid, 'queued', 0),
            ('22222222-2222-4222-8222-222222222222'::uuid, 'queued', 0) $$,
  'each generation a user creates gets exactly one queued job'
);

select is_empty(
  $$ select g.id from public.generations g
     where g.user_id in ('11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222')
       and (select count(*) from private.jobs j where j.generation_id = g.id) <> 1 $$,
  'every generation has exactly one job'
);

-- A generation still marked queued whose job a worker has just claimed: a cancel must not
-- race the worker, so it only records the request.
insert into public.generations (id, user_id, project_id, generation_type, provider, model, prompt)
values ('a4a4a4a4-a4a4-4a4a-8a4a-a4a4a4a4a4a4', '11111111-1111-4111-8111-111111111111',
        'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', 'image', 'builtin', 'procedural-image', 'a claimed one');
update private.jobs set status = 'running', locked_by = 'pgtap-worker', lease_expires_at = now() + interval '5 minutes'
where generation_id = 'a4a4a4a4-a4a4-4a4a-8a4a-a4a4a4a4a4a4';

select results_eq(
  $$ update public.generations set cancel_requested_at = now()
     where id = 'a4a4a4a4-a4a4-4a4a-8a4a-a4a4a4a4a4a4' returning status, finished_at is null $$,
  $$ values ('queued'::public.generation_status, true) $$,
  'cancelling a queued generation whose job is already claimed leaves it to the worker'
);

select results_eq(
  $$ select status from private.jobs where generation_id = 'a4a4a4a4-a4a4-4a4a-8a4a-a4a4a4a4a4a4' $$,
  $$ values ('running') $$,
  'and its claimed job keeps running until the worker sees the request'
);

select * from finish();
rollback;
