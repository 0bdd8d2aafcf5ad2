-- public.projects: who can touch which project.
--
-- Proves that a signed-in user sees, creates, renames and deletes only their own
-- projects (a new project is theirs by default), cannot create one for someone else,
-- hand one over or truncate the table; that another user's projects are invisible and
-- writes to them, even an unfiltered update or delete, change nothing; that anon can do
-- nothing; that service_role sees every project; and that deleting an identity deletes
-- its projects.
begin;
create extension if not exists pgtap with schema extensions;
set local search_path to public, extensions;

select plan(23);

-- alice 1111… owns project aaaa…, bob 2222… owns bbbb…, carol 3333… owns cccc…
insert into auth.users (id, email) values
  ('11111111-1111-4111-8111-111111111111', 'alice@pgtap.test'),
  ('22222222-2222-4222-8222-222222222222', 'bob@pgtap.test'),
  ('33333333-3333-4333-8333-333333333333', 'carol@pgtap.test');
-- An old updated_at, so the test below sees the trigger move it.
insert into public.projects (id, user_id, name, updated_at) values
  ('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', '11111111-1111-4111-8111-111111111111', 'Alice project', '2000-01-01'),
  ('bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', '22222222-2222-4222-8222-222222222222', 'Bob project', '2000-01-01'),
  ('cccccccc-cccc-4ccc-8ccc-cccccccccccc', '33333333-3333-4333-8333-333333333333', 'Carol project', '2000-01-01');

-- ---------------------------------------------------------------------------------
-- alice
set local role authenticated;
select set_config('request.jwt.claims',
  json_build_object('sub', '11111111-1111-4111-8111-111111111111', 'role', 'authenticated')::text, true);

select results_eq(
  $$ select id from public.projects $$,
  $$ values ('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa'::uuid) $$,
  'a user sees their own projects and no other'
);

select lives_ok(
  $$ insert into public.projects (user_id, name)
     values ('11111111-1111-4111-8111-111111111111', 'Second') $$,
  'a user can create a project for themselves'
);

select results_eq(
  $$ insert into public.projects (name) values ('Third') returning user_id $$,
  $$ values ('11111111-1111-4111-8111-111111111111'::uuid) $$,
  'a project created without user_id belongs to its creator'
);

select throws_ok(
  $$ insert into public.projects (user_id, name)
     values ('22222222-2222-4222-8222-222222222222', 'Planted') $$,
  '42501', 'new row violates row-level security policy for table "projects"',
  'a user cannot create a project for someone else'
);

select results_eq(
  $$ update public.projects set name = 'Renamed'
     where id = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa' returning name, updated_at = now() $$,
  $$ values ('Renamed', true) $$,
  'a user can rename their own project, and updated_at moves'
);

select is_empty(
  $$ update public.projects set name = 'hacked'
     where id = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb' returning id $$,
  'a user''s update of another user''s project affects no row'
);

select throws_ok(
  $$ update public.projects set user_id = '22222222-2222-4222-8222-222222222222'
     where id = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa' $$,
  '42501', null,
  'a user cannot hand a project to someone else'
);

select is_empty(
  $$ delete from public.projects where id = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb' returning id $$,
  'a user''s delete of another user''s project affects no row'
);

select results_eq(
  $$ delete from public.projects where name = 'Third' returning name $$,
  $$ values ('Third') $$,
  'a user can delete their own project'
);

select throws_ok(
  $$ truncate public.projects $$,
  '42501', null,
  'a user cannot truncate projects (truncate ignores row-level security)'
);

-- ---------------------------------------------------------------------------------
-- bob
select set_config('request.jwt.claims',
  json_build_object('sub', '22222222-2222-4222-8222-222222222222', 'role', 'authenticated')::text, true);

select results_eq(
  $$ select id, name from public.projects $$,
  $$ values ('bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb'::uuid, 'Bob project') $$,
  'another user sees only their own, untouched project'
);

-- ---------------------------------------------------------------------------------
-- carol: with no where clause and no returning, only the update and delete policies
-- (not the select one) filter the rows.
select set_config('request.jwt.claims',
  json_build_object('sub', '33333333-3333-4333-8333-333333333333', 'role', 'authenticated')::text, true);

select lives_ok(
  $$ update public.projects set description = 'bulk edit' $$,
  'a user''s unfiltered update touches only their own projects'
);
select lives_ok(
  $$ delete from public.projects $$,
  'a user''s unfiltered delete removes only their own projects'
);

-- ---------------------------------------------------------------------------------
-- authenticated without a sub claim
select set_config('request.jwt.claims', json_build_object('role', 'authenticated')::text, true);

select is_empty($$ select id from public.projects $$, 'authenticated without a sub sees no project');
select throws_ok(
  $$ insert into public.projects (name) values ('Orphan') $$,
  '42501', null,
  'authenticated without a sub cannot create a project'
);

-- ---------------------------------------------------------------------------------
-- anon
reset role;
set local role anon;
select set_config('request.jwt.claims', json_build_object('role', 'anon')::text, true);

select throws_ok($$ select id from public.projects $$, '42501', null, 'anon cannot read projects');
select throws_ok(
  $$ insert into public.projects (user_id, name)
     values ('11111111-1111-4111-8111-111111111111', 'Anon') $$,
  '42501', null, 'anon cannot create projects'
);
select throws_ok(
  $$ update public.projects set name = 'anon' $$,
  '42501', null, 'anon cannot update projects'
);
select throws_ok($$ delete from public.projects $$, '42501', null, 'anon cannot delete projects');

-- ---------------------------------------------------------------------------------
-- service_role
reset role;
set local role service_role;
select set_config('request.jwt.claims', json_build_object('role', 'service_role')::text, true);

select results_eq(
  $$ select id from public.projects
     where id in ('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb')
     order by id $$,
  $$ values ('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa'::uuid), ('bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb'::uuid) $$,
  'service_role sees every project'
);

-- ---------------------------------------------------------------------------------
-- what the writes above left behind, seen as the table owner
reset role;

select results_eq(
  $$ select user_id, name, description from public.projects
     where user_id in ('11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222',
                       '33333333-3333-4333-8333-333333333333')
     order by user_id, name $$,
  $$ values
     ('11111111-1111-4111-8111-111111111111'::uuid, 'Renamed', ''),
     ('11111111-1111-4111-8111-111111111111'::uuid, 'Second', ''),
     ('22222222-2222-4222-8222-222222222222'::uuid, 'Bob project', '') $$,
  'each user changed only their own projects; nothing was planted on or taken from another'
);

select results_eq(
  $$ select updated_at from public.projects where id = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb' $$,
  $$ values ('2000-01-01'::timestamptz) $$,
  'bob''s project was not even touched by the refused update'
);

delete from auth.users where id = '11111111-1111-4111-8111-111111111111';
select is_empty(
  $$ select id from public.projects where user_id = '11111111-1111-4111-8111-111111111111' $$,
  'deleting the identity deletes its projects'
);

select * from finish();
rollback;
