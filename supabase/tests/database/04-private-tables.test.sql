-- private.user_credentials and private.sessions: only the server reads them.
--
-- Proves that neither authenticated (even for its own rows) nor anon can select, insert,
-- update or delete either table (42501: no usage on the private schema); that were the
-- schema and tables ever granted to authenticated, row-level security with no policies
-- would still hide every row; and that service_role (bypassrls) reads and writes them.
begin;
create extension if not exists pgtap with schema extensions;
set local search_path to public, extensions;

select plan(23);

insert into auth.users (id, email) values ('11111111-1111-4111-8111-111111111111', 'alice@pgtap.test');
insert into private.user_credentials (user_id, password_hash)
values ('11111111-1111-4111-8111-111111111111', 'scrypt$test');
insert into private.sessions (id, user_id, token_hash, expires_at)
values ('5e5e5e5e-5e5e-45e5-85e5-5e5e5e5e5e5e', '11111111-1111-4111-8111-111111111111', 'sha256-test', now() + interval '1 day');

-- ---------------------------------------------------------------------------------
-- alice, on her own rows
set local role authenticated;
select set_config('request.jwt.claims',
  json_build_object('sub', '11111111-1111-4111-8111-111111111111', 'role', 'authenticated')::text, true);

select throws_ok($$ select * from private.user_credentials $$, '42501', null,
  'a user cannot read credentials, not even their own');
select throws_ok(
  $$ insert into private.user_credentials (user_id, password_hash)
     values ('11111111-1111-4111-8111-111111111111', 'x') $$,
  '42501', null, 'a user cannot create credentials');
select throws_ok(
  $$ update private.user_credentials set password_hash = 'x'
     where user_id = '11111111-1111-4111-8111-111111111111' $$,
  '42501', null, 'a user cannot change their password hash');
select throws_ok(
  $$ delete from private.user_credentials where user_id = '11111111-1111-4111-8111-111111111111' $$,
  '42501', null, 'a user cannot delete credentials');

select throws_ok($$ select * from private.sessions $$, '42501', null,
  'a user cannot read sessions, not even their own');
select throws_ok(
  $$ insert into private.sessions (user_id, token_hash, expires_at)
     values ('11111111-1111-4111-8111-111111111111', 'forged', now() + interval '1 year') $$,
  '42501', null, 'a user cannot create a session');
select throws_ok(
  $$ update private.sessions set expires_at = now() + interval '1 year'
     where user_id = '11111111-1111-4111-8111-111111111111' $$,
  '42501', null, 'a user cannot extend a session');
select throws_ok(
  $$ delete from private.sessions where user_id = '11111111-1111-4111-8111-111111111111' $$,
  '42501', null, 'a user cannot delete sessions');

-- ---------------------------------------------------------------------------------
-- anon
reset role;
set local role anon;
select set_config('request.jwt.claims', json_build_object('role', 'anon')::text, true);

select throws_ok($$ select * from private.user_credentials $$, '42501', null, 'anon cannot read credentials');
select throws_ok(
  $$ insert into private.user_credentials (user_id, password_hash)
     values ('11111111-1111-4111-8111-111111111111', 'x') $$,
  '42501', null, 'anon cannot create credentials');
select throws_ok($$ update private.user_credentials set password_hash = 'x' $$, '42501', null,
  'anon cannot change password hashes');
select throws_ok($$ delete from private.user_credentials $$, '42501', null, 'anon cannot delete credentials');

select throws_ok($$ select * from private.sessions $$, '42501', null, 'anon cannot read sessions');
select throws_ok(
  $$ insert into private.sessions (user_id, token_hash, expires_at)
     values ('11111111-1111-4111-8111-111111111111', 'forged', now() + interval '1 year') $$,
  '42501', null, 'anon cannot create a session');
select throws_ok($$ update private.sessions set revoked_at = null $$, '42501', null,
  'anon cannot revive sessions');
select throws_ok($$ delete from private.sessions $$, '42501', null, 'anon cannot delete sessions');

-- ---------------------------------------------------------------------------------
-- second line of defence: grant what the migrations refuse (rolled back with the rest)
-- and row-level security, having no policies, still hides every row.
reset role;
grant usage on schema private to authenticated;
grant select, update, delete on private.user_credentials, private.sessions to authenticated;

set local role authenticated;
select set_config('request.jwt.claims',
  json_build_object('sub', '11111111-1111-4111-8111-111111111111', 'role', 'authenticated')::text, true);

select is_empty($$ select user_id from private.user_credentials $$,
  'with grants, a user still sees no credentials');
select is_empty($$ select id from private.sessions $$,
  'with grants, a user still sees no sessions');
select is_empty($$ update private.sessions set revoked_at = null returning id $$,
  'with grants, a user''s update of sessions affects no row');
select is_empty($$ delete from private.user_credentials returning user_id $$,
  'with grants, a user''s delete of credentials affects no row');

-- ---------------------------------------------------------------------------------
-- service_role
reset role;
set local role service_role;
select set_config('request.jwt.claims', json_build_object('role', 'service_role')::text, true);

select results_eq(
  $$ select password_hash from private.user_credentials
     where user_id = '11111111-1111-4111-8111-111111111111' $$,
  $$ values ('scrypt$test') $$,
  'service_role reads credentials'
);
select results_eq(
  $$ update private.sessions set revoked_at = now()
     where id = '5e5e5e5e-5e5e-45e5-85e5-5e5e5e5e5e5e' returning revoked_at is not null $$,
  $$ values (true) $$,
  'service_role revokes a session'
);
select lives_ok(
  $$ delete from private.user_credentials where user_id = '11111111-1111-4111-8111-111111111111' $$,
  'service_role deletes credentials'
);

select * from finish();
rollback;
