-- public.user_api_keys: provider keys, whose ciphertext only the server reads.
--
-- Proves that the table has one policy per operation and that authenticated holds column
-- grants only: no ciphertext, IV, tag or key version column is selectable (a query naming
-- one, or select *, is refused with 42501), and only label and is_default can be changed;
-- that a user sees, adds, renames, switches and deletes only their own keys, cannot add one
-- for someone else or hold two defaults for a provider, and that writes to another user's
-- keys change nothing; that anon can do nothing; that with every column granted, row-level
-- security still hides other users' rows; that service_role reads the ciphertext; and that
-- deleting an identity deletes its keys.
begin;
create extension if not exists pgtap with schema extensions;
set local search_path to public, extensions;

select plan(44);

-- alice 1111… has an OpenAI key a1 (default) and an Anthropic key a2; bob 2222… an OpenAI key b1 (default).
insert into auth.users (id, email) values
  ('11111111-1111-4111-8111-111111111111', 'alice@pgtap.test'),
  ('22222222-2222-4222-8222-222222222222', 'bob@pgtap.test');

create temporary table sealed_fixture on commit drop as
select decode(repeat('ab', 40), 'hex') as encrypted_key, decode(repeat('01', 12), 'hex') as key_iv,
       decode(repeat('02', 16), 'hex') as key_auth_tag, decode(repeat('03', 32), 'hex') as wrapped_data_key,
       decode(repeat('04', 12), 'hex') as data_key_iv, decode(repeat('05', 16), 'hex') as data_key_auth_tag,
       '0a1b2c3d'::text as key_version;
grant select on sealed_fixture to authenticated, anon;

insert into public.user_api_keys (id, user_id, provider, label, last4, is_default, encrypted_key, key_iv, key_auth_tag,
                                  wrapped_data_key, data_key_iv, data_key_auth_tag, key_version)
select v.id::uuid, v.user_id::uuid, v.provider, v.label, v.last4, v.is_default, f.*
from sealed_fixture f, (values
  ('a1a1a1a1-a1a1-4a1a-8a1a-a1a1a1a1a1a1', '11111111-1111-4111-8111-111111111111', 'openai', 'Alice work', 'wxyz', true),
  ('a2a2a2a2-a2a2-4a2a-8a2a-a2a2a2a2a2a2', '11111111-1111-4111-8111-111111111111', 'anthropic', '', 'abcd', true),
  ('b1b1b1b1-b1b1-4b1b-8b1b-b1b1b1b1b1b1', '22222222-2222-4222-8222-222222222222', 'openai', 'Bob key', '9876', true)
) as v(id, user_id, provider, label, last4, is_default);

-- ---------------------------------------------------------------------------------
-- the catalog
select has_table('public', 'user_api_keys', 'public.user_api_keys exists');

select policies_are('public', 'user_api_keys', array[
  'Users can view their own API keys',
  'Users can add API keys for themselves',
  'Users can update their own API keys',
  'Users can delete their own API keys'
], 'public.user_api_keys has one policy per operation');

select table_privs_are('public', 'user_api_keys', 'authenticated', array['DELETE'],
  'authenticated holds only delete on public.user_api_keys as a whole; select, insert and update are per column');
select table_privs_are('public', 'user_api_keys', 'anon', '{}'::text[], 'anon has no grant on public.user_api_keys');
select is_empty(
  $$ select attname from pg_attribute
     where attrelid = 'public.user_api_keys'::regclass and attnum > 0 and not attisdropped
       and has_column_privilege('anon', attrelid, attnum, 'SELECT, INSERT, UPDATE, REFERENCES') $$,
  'anon has no grant on any column of public.user_api_keys'
);

select set_eq(
  $$ select attname::text from pg_attribute
     where attrelid = 'public.user_api_keys'::regclass and attnum > 0 and not attisdropped
       and has_column_privilege('authenticated', attrelid, attnum, 'SELECT') $$,
  array['id', 'user_id', 'provider', 'label', 'last4', 'base_url', 'is_default', 'created_at', 'last_used_at', 'updated_at'],
  'authenticated may select only the columns the API returns'
);

select is_empty(
  $$ select attname from pg_attribute
     where attrelid = 'public.user_api_keys'::regclass
       and attname in ('encrypted_key', 'key_iv', 'key_auth_tag', 'wrapped_data_key', 'data_key_iv', 'data_key_auth_tag', 'key_version')
       and has_column_privilege('authenticated', attrelid, attnum, 'SELECT') $$,
  'no ciphertext, IV, tag or key version column is selectable by authenticated'
);

select set_eq(
  $$ select attname::text from pg_attribute
     where attrelid = 'public.user_api_keys'::regclass and attnum > 0 and not attisdropped
       and has_column_privilege('authenticated', attrelid, attnum, 'INSERT') $$,
  array['id', 'user_id', 'provider', 'label', 'last4', 'base_url', 'is_default', 'encrypted_key', 'key_iv', 'key_auth_tag',
        'wrapped_data_key', 'data_key_iv', 'data_key_auth_tag', 'key_version'],
  'authenticated may insert a sealed key, but not its timestamps'
);

select set_eq(
  $$ select attname::text from pg_attribute
     where attrelid = 'public.user_api_keys'::regclass and attnum > 0 and not attisdropped
       and has_column_privilege('authenticated', attrelid, attnum, 'UPDATE') $$,
  array['label', 'is_default'],
  'authenticated may update only label and is_default'
);

select ok(
  exists (
    select 1 from pg_index i join pg_class c on c.oid = i.indexrelid
    where i.indrelid = 'public.user_api_keys'::regclass and c.relname = 'user_api_keys_one_default_idx'
      and i.indisunique and i.indpred is not null
  ),
  'a partial unique index allows one default key per user and provider'
);

select ok(
  exists (
    select 1 from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = i.indkey[0]
    where i.indrelid = 'public.user_api_keys'::regclass and a.attname = 'user_id'
  ),
  'public.user_api_keys.user_id leads an index (the policies filter on it)'
);

-- ---------------------------------------------------------------------------------
-- alice
set local role authenticated;
select set_config('request.jwt.claims',
  json_build_object('sub', '11111111-1111-4111-8111-111111111111', 'role', 'authenticated')::text, true);

select results_eq(
  $$ select id, provider, label, last4, is_default from public.user_api_keys order by provider $$,
  $$ values ('a2a2a2a2-a2a2-4a2a-8a2a-a2a2a2a2a2a2'::uuid, 'anthropic', '', 'abcd', true),
            ('a1a1a1a1-a1a1-4a1a-8a1a-a1a1a1a1a1a1'::uuid, 'openai', 'Alice work', 'wxyz', true) $$,
  'a user sees their own keys and no other'
);

select throws_ok($$ select encrypted_key from public.user_api_keys $$, '42501',
  'permission denied for table user_api_keys', 'a user cannot read the ciphertext of their own key');
select throws_ok($$ select wrapped_data_key, data_key_iv, data_key_auth_tag from public.user_api_keys $$, '42501',
  'permission denied for table user_api_keys', 'a user cannot read the wrapped data key');
select throws_ok($$ select key_iv, key_auth_tag, key_version from public.user_api_keys $$, '42501',
  'permission denied for table user_api_keys', 'a user cannot read IVs, tags or the key version');
select throws_ok($$ select * from public.user_api_keys $$, '42501',
  'permission denied for table user_api_keys', 'select * is refused: it would include the ciphertext');
select throws_ok(
  $$ select id from public.user_api_keys where octet_length(encrypted_key) > 0 $$, '42501',
  'permission denied for table user_api_keys', 'a user cannot probe the ciphertext in a where clause');

select results_eq(
  $$ insert into public.user_api_keys (id, provider, label, last4, encrypted_key, key_iv, key_auth_tag, wrapped_data_key,
                                       data_key_iv, data_key_auth_tag, key_version)
     select 'a3a3a3a3-a3a3-4a3a-8a3a-a3a3a3a3a3a3', 'openai', 'Alice spare', 'lmno', encrypted_key, key_iv, key_auth_tag,
            wrapped_data_key, data_key_iv, data_key_auth_tag, key_version from sealed_fixture
     returning user_id, is_default, last_used_at $$,
  $$ values ('11111111-1111-4111-8111-111111111111'::uuid, false, null::timestamptz) $$,
  'a user can add a key; it is theirs, not the default, never used'
);

select throws_ok(
  $$ insert into public.user_api_keys (provider, last4, encrypted_key, key_iv, key_auth_tag, wrapped_data_key, data_key_iv,
                                       data_key_auth_tag, key_version)
     select 'google', 'x', encrypted_key, key_iv, key_auth_tag, wrapped_data_key, data_key_iv, data_key_auth_tag, key_version
     from sealed_fixture returning encrypted_key $$,
  '42501', 'permission denied for table user_api_keys',
  'an insert cannot return the ciphertext'
);

select throws_ok(
  $$ insert into public.user_api_keys (user_id, provider, encrypted_key, key_iv, key_auth_tag, wrapped_data_key, data_key_iv,
                                       data_key_auth_tag, key_version)
     select '22222222-2222-4222-8222-222222222222', 'google', encrypted_key, key_iv, key_auth_tag, wrapped_data_key,
            data_key_iv, data_key_auth_tag, key_version from sealed_fixture $$,
  '42501', 'new row violates row-level security policy for table "user_api_keys"',
  'a user cannot add a key for someone else'
);

select throws_ok(
  $$ insert into public.user_api_keys (provider, is_default, encrypted_key, key_iv, key_auth_tag, wrapped_data_key,
                                       data_key_iv, data_key_auth_tag, key_version)
     select 'openai', true, encrypted_key, key_iv, key_auth_tag, wrapped_data_key, data_key_iv, data_key_auth_tag, key_version
     from sealed_fixture $$,
  '23505', 'duplicate key value violates unique constraint "user_api_keys_one_default_idx"',
  'a user cannot have two default keys for one provider'
);

select throws_ok(
  $$ insert into public.user_api_keys (provider, created_at, encrypted_key, key_iv, key_auth_tag, wrapped_data_key,
                                       data_key_iv, data_key_auth_tag, key_version)
     select 'google', '2000-01-01', encrypted_key, key_iv, key_auth_tag, wrapped_data_key, data_key_iv, data_key_auth_tag,
            key_version from sealed_fixture $$,
  '42501', 'permission denied for table user_api_keys',
  'a user cannot backdate a key'
);

-- The app's setDefaultApiKey: the old default first, then the new one.
select lives_ok(
  $$ update public.user_api_keys set is_default = false
     where provider = 'openai' and is_default and id <> 'a3a3a3a3-a3a3-4a3a-8a3a-a3a3a3a3a3a3' $$,
  'a user can clear their default key'
);
select results_eq(
  $$ update public.user_api_keys set is_default = true, label = 'Alice main'
     where id = 'a3a3a3a3-a3a3-4a3a-8a3a-a3a3a3a3a3a3' returning label, is_default $$,
  $$ values ('Alice main', true) $$,
  'a user can rename a key and make it the default'
);

select throws_ok(
  $$ update public.user_api_keys set encrypted_key = '\x00'::bytea where id = 'a1a1a1a1-a1a1-4a1a-8a1a-a1a1a1a1a1a1' $$,
  '42501', 'permission denied for table user_api_keys', 'a user cannot overwrite the ciphertext of a key');
select throws_ok(
  $$ update public.user_api_keys set key_version = 'ffffffff' where id = 'a1a1a1a1-a1a1-4a1a-8a1a-a1a1a1a1a1a1' $$,
  '42501', 'permission denied for table user_api_keys', 'a user cannot relabel the master key version');
select throws_ok(
  $$ update public.user_api_keys set provider = 'google' where id = 'a1a1a1a1-a1a1-4a1a-8a1a-a1a1a1a1a1a1' $$,
  '42501', 'permission denied for table user_api_keys', 'a user cannot move a key to another provider');
select throws_ok(
  $$ update public.user_api_keys set user_id = '22222222-2222-4222-8222-222222222222' $$,
  '42501', 'permission denied for table user_api_keys', 'a user cannot hand a key to someone else');
select throws_ok(
  $$ update public.user_api_keys set last_used_at = now() $$,
  '42501', 'permission denied for table user_api_keys', 'a user cannot mark a key used');

select is_empty(
  $$ update public.user_api_keys set label = 'Taken', is_default = false
     where id = 'b1b1b1b1-b1b1-4b1b-8b1b-b1b1b1b1b1b1' returning id $$,
  'a user''s update of another user''s key affects no row'
);
select is_empty(
  $$ delete from public.user_api_keys where id = 'b1b1b1b1-b1b1-4b1b-8b1b-b1b1b1b1b1b1' returning id $$,
  'a user''s delete of another user''s key affects no row'
);
select throws_ok($$ truncate public.user_api_keys $$, '42501', 'permission denied for table user_api_keys',
  'a user cannot truncate the keys table');

select results_eq(
  $$ delete from public.user_api_keys where id = 'a2a2a2a2-a2a2-4a2a-8a2a-a2a2a2a2a2a2' returning provider $$,
  $$ values ('anthropic') $$,
  'a user can delete their own key'
);

-- ---------------------------------------------------------------------------------
-- bob
select set_config('request.jwt.claims',
  json_build_object('sub', '22222222-2222-4222-8222-222222222222', 'role', 'authenticated')::text, true);

select results_eq(
  $$ select id, label, is_default from public.user_api_keys $$,
  $$ values ('b1b1b1b1-b1b1-4b1b-8b1b-b1b1b1b1b1b1'::uuid, 'Bob key', true) $$,
  'another user sees only their own key, untouched'
);

-- With no where clause and no returning, only the policies filter the rows: alice's
-- labels must stay as they were (checked below).
select lives_ok($$ update public.user_api_keys set label = 'Everything' $$,
  'a user''s unfiltered update touches only their own keys');
select lives_ok($$ delete from public.user_api_keys where label like 'Alice%' $$,
  'a user''s delete aimed at another user''s keys runs, and deletes none of them');

-- ---------------------------------------------------------------------------------
-- anon
reset role;
set local role anon;
select set_config('request.jwt.claims', json_build_object('role', 'anon')::text, true);

select throws_ok($$ select id from public.user_api_keys $$, '42501', null, 'anon cannot read keys');
select throws_ok(
  $$ insert into public.user_api_keys (user_id, provider, encrypted_key, key_iv, key_auth_tag, wrapped_data_key, data_key_iv,
                                       data_key_auth_tag, key_version)
     select '11111111-1111-4111-8111-111111111111', 'google', encrypted_key, key_iv, key_auth_tag, wrapped_data_key,
            data_key_iv, data_key_auth_tag, key_version from sealed_fixture $$,
  '42501', null, 'anon cannot add a key');
select throws_ok($$ delete from public.user_api_keys $$, '42501', null, 'anon cannot delete keys');

-- ---------------------------------------------------------------------------------
-- second line of defence: grant every column (rolled back with the rest), and row-level
-- security still hides other users' keys.
reset role;
grant select on public.user_api_keys to authenticated;
set local role authenticated;
select set_config('request.jwt.claims',
  json_build_object('sub', '22222222-2222-4222-8222-222222222222', 'role', 'authenticated')::text, true);

select results_eq(
  $$ select id, octet_length(encrypted_key) from public.user_api_keys $$,
  $$ values ('b1b1b1b1-b1b1-4b1b-8b1b-b1b1b1b1b1b1'::uuid, 40) $$,
  'with every column granted, a user still reads no other user''s ciphertext'
);

-- ---------------------------------------------------------------------------------
-- service_role: what the server does to decrypt, rotate and mark keys used
reset role;
set local role service_role;
select set_config('request.jwt.claims', json_build_object('role', 'service_role')::text, true);

select results_eq(
  $$ select id, label, is_default, key_version, octet_length(wrapped_data_key) from public.user_api_keys
     where user_id in ('11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222') order by id $$,
  $$ values ('a1a1a1a1-a1a1-4a1a-8a1a-a1a1a1a1a1a1'::uuid, 'Alice work', false, '0a1b2c3d', 32),
            ('a3a3a3a3-a3a3-4a3a-8a3a-a3a3a3a3a3a3'::uuid, 'Alice main', true, '0a1b2c3d', 32),
            ('b1b1b1b1-b1b1-4b1b-8b1b-b1b1b1b1b1b1'::uuid, 'Everything', true, '0a1b2c3d', 32) $$,
  'service_role reads every key with its ciphertext; each user changed only their own'
);

select results_eq(
  $$ update public.user_api_keys
     set wrapped_data_key = decode(repeat('06', 32), 'hex'), key_version = '0f0f0f0f', last_used_at = now()
     where id = 'b1b1b1b1-b1b1-4b1b-8b1b-b1b1b1b1b1b1' returning key_version, last_used_at = now() $$,
  $$ values ('0f0f0f0f', true) $$,
  'service_role rewraps a data key and marks a key used'
);

select throws_ok(
  $$ update public.user_api_keys set key_iv = '\x00'::bytea where id = 'b1b1b1b1-b1b1-4b1b-8b1b-b1b1b1b1b1b1' $$,
  '23514', null, 'an IV is 12 bytes, always'
);

reset role;
delete from auth.users where id = '22222222-2222-4222-8222-222222222222';
select is_empty(
  $$ select id from public.user_api_keys where user_id = '22222222-2222-4222-8222-222222222222' $$,
  'deleting an identity deletes its keys'
);

select * from finish();
rollback;
