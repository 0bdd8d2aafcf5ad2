-- public.users: who can touch which profile.
--
-- Proves that a signed-in user sees and renames only their own profile, cannot change its
-- email, create or delete profiles, or read auth.users; that another user's profile is
-- invisible and a write to it, even an unfiltered update, changes nothing; that anon can
-- do nothing; that service_role sees every profile; and that the profile follows its
-- auth.users identity (email changes, deletion).
begin;
create extension if not exists pgtap with schema extensions;
set local search_path to public, extensions;

select plan(18);

-- alice 1111…, bob 2222…; the signup trigger creates their profiles.
insert into auth.users (id, email, raw_user_meta_data) values
  ('11111111-1111-4111-8111-111111111111', 'alice@pgtap.test', '{"display_name": "Alice"}'),
  ('22222222-2222-4222-8222-222222222222', 'bob@pgtap.test', '{"display_name": "Bob"}');

-- ---------------------------------------------------------------------------------
-- alice
set local role authenticated;
select set_config('request.jwt.claims',
  json_build_object('sub', '11111111-1111-4111-8111-111111111111', 'role', 'authenticated')::text, true);

select results_eq(
  $$ select id from public.users $$,
  $$ values ('11111111-1111-4111-8111-111111111111'::uuid) $$,
  'a user sees their own profile and no other'
);

select results_eq(
  $$ update public.users set display_name = 'Alice A.'
     where id = '11111111-1111-4111-8111-111111111111' returning display_name $$,
  $$ values ('Alice A.') $$,
  'a user can rename their own profile'
);

select is_empty(
  $$ update public.users set display_name = 'hacked'
     where id = '22222222-2222-4222-8222-222222222222' returning id $$,
  'a user''s update of another profile affects no row'
);

select throws_ok(
  $$ update public.users set email = 'mallory@pgtap.test'
     where id = '11111111-1111-4111-8111-111111111111' $$,
  '42501', null,
  'a user cannot change the email of their profile'
);

select throws_ok(
  $$ insert into public.users (id, email) values (gen_random_uuid(), 'mallory@pgtap.test') $$,
  '42501', null,
  'a user cannot create a profile'
);

select throws_ok(
  $$ delete from public.users where id = '11111111-1111-4111-8111-111111111111' $$,
  '42501', null,
  'a user cannot delete their profile'
);

select throws_ok(
  $$ select id from auth.users $$,
  '42501', null,
  'a user cannot read auth.users'
);

-- ---------------------------------------------------------------------------------
-- bob
select set_config('request.jwt.claims',
  json_build_object('sub', '22222222-2222-4222-8222-222222222222', 'role', 'authenticated')::text, true);

select results_eq(
  $$ select id, display_name from public.users $$,
  $$ values ('22222222-2222-4222-8222-222222222222'::uuid, 'Bob') $$,
  'another user sees only their own, untouched profile'
);

-- No where clause, so only the update policy (not the select one) filters the rows.
select lives_ok(
  $$ update public.users set display_name = 'Bobby' $$,
  'a user''s unfiltered update renames only their own profile'
);

-- ---------------------------------------------------------------------------------
-- authenticated without a sub claim
select set_config('request.jwt.claims', json_build_object('role', 'authenticated')::text, true);

select is_empty($$ select id from public.users $$, 'authenticated without a sub sees no profile');

-- ---------------------------------------------------------------------------------
-- anon
reset role;
set local role anon;
select set_config('request.jwt.claims', json_build_object('role', 'anon')::text, true);

select throws_ok($$ select id from public.users $$, '42501', null, 'anon cannot read profiles');
select throws_ok(
  $$ insert into public.users (id, email) values (gen_random_uuid(), 'anon@pgtap.test') $$,
  '42501', null, 'anon cannot create profiles'
);
select throws_ok(
  $$ update public.users set display_name = 'anon' $$,
  '42501', null, 'anon cannot update profiles'
);
select throws_ok($$ delete from public.users $$, '42501', null, 'anon cannot delete profiles');

-- ---------------------------------------------------------------------------------
-- service_role
reset role;
set local role service_role;
select set_config('request.jwt.claims', json_build_object('role', 'service_role')::text, true);

select results_eq(
  $$ select id from public.users
     where id in ('11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222')
     order by id $$,
  $$ values ('11111111-1111-4111-8111-111111111111'::uuid), ('22222222-2222-4222-8222-222222222222'::uuid) $$,
  'service_role sees every profile'
);

-- ---------------------------------------------------------------------------------
-- what the writes above left behind, seen as the table owner
reset role;

select results_eq(
  $$ select id, email, display_name from public.users
     where id in ('11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222')
     order by id $$,
  $$ values
     ('11111111-1111-4111-8111-111111111111'::uuid, 'alice@pgtap.test', 'Alice A.'),
     ('22222222-2222-4222-8222-222222222222'::uuid, 'bob@pgtap.test', 'Bobby') $$,
  'each user renamed only their own profile; no email changed'
);

update auth.users set email = 'alice@new.pgtap.test' where id = '11111111-1111-4111-8111-111111111111';
select is(
  (select email from public.users where id = '11111111-1111-4111-8111-111111111111'),
  'alice@new.pgtap.test',
  'the profile email follows the auth.users email'
);

delete from auth.users where id = '22222222-2222-4222-8222-222222222222';
select is_empty(
  $$ select id from public.users where id = '22222222-2222-4222-8222-222222222222' $$,
  'deleting the identity deletes its profile'
);

select * from finish();
rollback;
