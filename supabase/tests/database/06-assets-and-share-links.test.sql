-- public.assets and public.share_links: who can touch which asset and link.
--
-- Proves that a signed-in user sees only their own assets and share links; cannot create
-- assets (the workers do) but can rename, favourite and delete their own, and cannot
-- change where one is stored or which project holds it; shares only their own assets, for
-- themselves, and can revoke their own links but not change a link's token, expiry or
-- asset, nor delete it; that another user's assets and links are invisible and writes to
-- them, even unfiltered ones, change nothing; that anon can do nothing; that service_role
-- sees and writes every asset and resolves links; and that deleting an asset deletes its
-- links, and deleting a project deletes its generations, their jobs, its assets and their
-- links, and nothing of another user's.
begin;
create extension if not exists pgtap with schema extensions;
set local search_path to public, extensions;

select plan(46);

-- alice 1111… owns project aaaa… with generation a0… (and its job), assets a1… and a2…,
-- and share links e1… (on a1) and e2… (on a2); bob 2222… owns project bbbb… with
-- generation b0…, asset b1… and share link e3… (on b1); carol 3333… owns project cccc…
-- with asset c1… (an upload: no generation). An old updated_at, so the tests below see
-- the trigger move it.
insert into auth.users (id, email) values
  ('11111111-1111-4111-8111-111111111111', 'alice@pgtap.test'),
  ('22222222-2222-4222-8222-222222222222', 'bob@pgtap.test'),
  ('33333333-3333-4333-8333-333333333333', 'carol@pgtap.test');
insert into public.projects (id, user_id, name) values
  ('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', '11111111-1111-4111-8111-111111111111', 'Alice project'),
  ('bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', '22222222-2222-4222-8222-222222222222', 'Bob project'),
  ('cccccccc-cccc-4ccc-8ccc-cccccccccccc', '33333333-3333-4333-8333-333333333333', 'Carol project');
insert into public.generations (id, user_id, project_id, generation_type, provider, model, prompt, status) values
  ('a0a0a0a0-a0a0-4a0a-8a0a-a0a0a0a0a0a0', '11111111-1111-4111-8111-111111111111',
   'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', 'image', 'openai', 'gpt-image-1', 'a cat', 'succeeded'),
  ('b0b0b0b0-b0b0-4b0b-8b0b-b0b0b0b0b0b0', '22222222-2222-4222-8222-222222222222',
   'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', 'image', 'openai', 'gpt-image-1', 'a dog', 'succeeded');
insert into public.assets
  (id, user_id, project_id, generation_id, asset_type, mime_type, bytes, name, storage_key, updated_at)
values
  ('a1a1a1a1-a1a1-4a1a-8a1a-a1a1a1a1a1a1', '11111111-1111-4111-8111-111111111111', 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
   'a0a0a0a0-a0a0-4a0a-8a0a-a0a0a0a0a0a0', 'image', 'image/png', 1000, 'Cat', 'alice/a1.png', '2000-01-01'),
  ('a2a2a2a2-a2a2-4a2a-8a2a-a2a2a2a2a2a2', '11111111-1111-4111-8111-111111111111', 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
   'a0a0a0a0-a0a0-4a0a-8a0a-a0a0a0a0a0a0', 'image', 'image/png', 2000, 'Cat 2', 'alice/a2.png', '2000-01-01'),
  ('b1b1b1b1-b1b1-4b1b-8b1b-b1b1b1b1b1b1', '22222222-2222-4222-8222-222222222222', 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb',
   'b0b0b0b0-b0b0-4b0b-8b0b-b0b0b0b0b0b0', 'image', 'image/png', 3000, 'Dog', 'bob/b1.png', '2000-01-01'),
  ('c1c1c1c1-c1c1-4c1c-8c1c-c1c1c1c1c1c1', '33333333-3333-4333-8333-333333333333', 'cccccccc-cccc-4ccc-8ccc-cccccccccccc',
   null, 'audio', 'audio/mpeg', 5000, 'Upload', 'carol/c1.mp3', '2000-01-01');
insert into public.share_links (id, user_id, asset_id, token_hash, expires_at) values
  ('e1e1e1e1-e1e1-4e1e-8e1e-e1e1e1e1e1e1', '11111111-1111-4111-8111-111111111111',
   'a1a1a1a1-a1a1-4a1a-8a1a-a1a1a1a1a1a1', 'hash-e1', '2100-01-01'),
  ('e2e2e2e2-e2e2-4e2e-8e2e-e2e2e2e2e2e2', '11111111-1111-4111-8111-111111111111',
   'a2a2a2a2-a2a2-4a2a-8a2a-a2a2a2a2a2a2', 'hash-e2', null),
  ('e3e3e3e3-e3e3-4e3e-8e3e-e3e3e3e3e3e3', '22222222-2222-4222-8222-222222222222',
   'b1b1b1b1-b1b1-4b1b-8b1b-b1b1b1b1b1b1', 'hash-e3', null);

-- ---------------------------------------------------------------------------------
-- alice: assets
set local role authenticated;
select set_config('request.jwt.claims',
  json_build_object('sub', '11111111-1111-4111-8111-111111111111', 'role', 'authenticated')::text, true);

select results_eq(
  $$ select id from public.assets order by id $$,
  $$ values ('a1a1a1a1-a1a1-4a1a-8a1a-a1a1a1a1a1a1'::uuid), ('a2a2a2a2-a2a2-4a2a-8a2a-a2a2a2a2a2a2'::uuid) $$,
  'a user sees their own assets and no other'
);

select throws_ok(
  $$ insert into public.assets (user_id, project_id, asset_type, mime_type, bytes, name, storage_key)
     values ('11111111-1111-4111-8111-111111111111', 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
             'image', 'image/png', 1, 'Upload', 'alice/upload.png') $$,
  '42501', 'permission denied for table assets',
  'a user cannot create an asset, not even in their own project'
);

select results_eq(
  $$ update public.assets set name = 'Renamed', favorite = true
     where id = 'a1a1a1a1-a1a1-4a1a-8a1a-a1a1a1a1a1a1' returning name, favorite, updated_at = now() $$,
  $$ values ('Renamed', true, true) $$,
  'a user can rename and favourite their own asset, and updated_at moves'
);

select throws_ok(
  $$ update public.assets set storage_key = 'bob/b1.png' where id = 'a1a1a1a1-a1a1-4a1a-8a1a-a1a1a1a1a1a1' $$,
  '42501', 'permission denied for table assets',
  'a user cannot change where their asset is stored'
);

select throws_ok(
  $$ update public.assets set project_id = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb'
     where id = 'a1a1a1a1-a1a1-4a1a-8a1a-a1a1a1a1a1a1' $$,
  '42501', 'permission denied for table assets',
  'a user cannot move their asset to another project'
);

select throws_ok(
  $$ update public.assets set user_id = '22222222-2222-4222-8222-222222222222'
     where id = 'a1a1a1a1-a1a1-4a1a-8a1a-a1a1a1a1a1a1' $$,
  '42501', 'permission denied for table assets',
  'a user cannot hand their asset to someone else'
);

select is_empty(
  $$ update public.assets set name = 'hacked', favorite = true
     where id = 'b1b1b1b1-b1b1-4b1b-8b1b-b1b1b1b1b1b1' returning id $$,
  'a user''s update of another user''s asset affects no row'
);

select is_empty(
  $$ delete from public.assets where id = 'b1b1b1b1-b1b1-4b1b-8b1b-b1b1b1b1b1b1' returning id $$,
  'a user''s delete of another user''s asset affects no row'
);

select throws_ok(
  $$ truncate public.assets $$,
  '42501', null,
  'a user cannot truncate assets (truncate ignores row-level security)'
);

-- ---------------------------------------------------------------------------------
-- alice: share links
select results_eq(
  $$ select id from public.share_links order by id $$,
  $$ values ('e1e1e1e1-e1e1-4e1e-8e1e-e1e1e1e1e1e1'::uuid), ('e2e2e2e2-e2e2-4e2e-8e2e-e2e2e2e2e2e2'::uuid) $$,
  'a user sees their own share links and no other'
);

select results_eq(
  $$ insert into public.share_links (asset_id, token_hash, expires_at)
     values ('a1a1a1a1-a1a1-4a1a-8a1a-a1a1a1a1a1a1', 'hash-new', '2100-01-01')
     returning user_id, revoked_at is null $$,
  $$ values ('11111111-1111-4111-8111-111111111111'::uuid, true) $$,
  'a user can share their own asset; the link is theirs'
);

select throws_ok(
  $$ insert into public.share_links (asset_id, token_hash)
     values ('b1b1b1b1-b1b1-4b1b-8b1b-b1b1b1b1b1b1', 'hash-planted') $$,
  '42501', 'new row violates row-level security policy for table "share_links"',
  'a user cannot share another user''s asset'
);

select throws_ok(
  $$ insert into public.share_links (user_id, asset_id, token_hash)
     values ('22222222-2222-4222-8222-222222222222', 'a1a1a1a1-a1a1-4a1a-8a1a-a1a1a1a1a1a1', 'hash-for-bob') $$,
  '42501', 'new row violates row-level security policy for table "share_links"',
  'a user cannot create a share link for someone else'
);

select throws_ok(
  $$ insert into public.share_links (asset_id, token_hash, revoked_at)
     values ('a1a1a1a1-a1a1-4a1a-8a1a-a1a1a1a1a1a1', 'hash-revoked', now()) $$,
  '42501', 'permission denied for table share_links',
  'a user cannot set columns beyond the listed ones when sharing'
);

select results_eq(
  $$ update public.share_links set revoked_at = now()
     where id = 'e1e1e1e1-e1e1-4e1e-8e1e-e1e1e1e1e1e1' returning revoked_at = now() $$,
  $$ values (true) $$,
  'a user can revoke their own share link'
);

select results_eq(
  $$ update public.share_links set revoked_at = null
     where id = 'e1e1e1e1-e1e1-4e1e-8e1e-e1e1e1e1e1e1' returning revoked_at is not null $$,
  $$ values (true) $$,
  'a revoked share link stays revoked'
);

select is_empty(
  $$ update public.share_links set revoked_at = now()
     where id = 'e3e3e3e3-e3e3-4e3e-8e3e-e3e3e3e3e3e3' returning id $$,
  'a user''s revoke of another user''s share link affects no row'
);

select throws_ok(
  $$ update public.share_links set expires_at = '2200-01-01' where id = 'e1e1e1e1-e1e1-4e1e-8e1e-e1e1e1e1e1e1' $$,
  '42501', 'permission denied for table share_links',
  'a user cannot extend their share link'
);

select throws_ok(
  $$ update public.share_links set asset_id = 'b1b1b1b1-b1b1-4b1b-8b1b-b1b1b1b1b1b1'
     where id = 'e1e1e1e1-e1e1-4e1e-8e1e-e1e1e1e1e1e1' $$,
  '42501', 'permission denied for table share_links',
  'a user cannot point their share link at another asset'
);

select throws_ok(
  $$ update public.share_links set token_hash = 'hash-e3' where id = 'e1e1e1e1-e1e1-4e1e-8e1e-e1e1e1e1e1e1' $$,
  '42501', 'permission denied for table share_links',
  'a user cannot change the token of their share link'
);

select throws_ok(
  $$ delete from public.share_links where id = 'e1e1e1e1-e1e1-4e1e-8e1e-e1e1e1e1e1e1' $$,
  '42501', 'permission denied for table share_links',
  'a user cannot delete a share link (they revoke it)'
);

select results_eq(
  $$ delete from public.assets where id = 'a2a2a2a2-a2a2-4a2a-8a2a-a2a2a2a2a2a2' returning id $$,
  $$ values ('a2a2a2a2-a2a2-4a2a-8a2a-a2a2a2a2a2a2'::uuid) $$,
  'a user can delete their own asset'
);

-- ---------------------------------------------------------------------------------
-- bob
select set_config('request.jwt.claims',
  json_build_object('sub', '22222222-2222-4222-8222-222222222222', 'role', 'authenticated')::text, true);

select results_eq(
  $$ select id, name, favorite from public.assets $$,
  $$ values ('b1b1b1b1-b1b1-4b1b-8b1b-b1b1b1b1b1b1'::uuid, 'Dog', false) $$,
  'another user sees only their own, untouched asset'
);

select results_eq(
  $$ select id, revoked_at is null from public.share_links $$,
  $$ values ('e3e3e3e3-e3e3-4e3e-8e3e-e3e3e3e3e3e3'::uuid, true) $$,
  'another user sees only their own, unrevoked share link'
);

-- With no where clause and no returning, only the update policies (not the select ones)
-- filter the rows: alice's asset and links must keep their state (checked below).
select lives_ok(
  $$ update public.assets set name = 'bulk', favorite = false $$,
  'a user''s unfiltered asset update touches only their own assets'
);
select lives_ok(
  $$ update public.share_links set revoked_at = null $$,
  'a user''s unfiltered share link update touches only their own links'
);

-- ---------------------------------------------------------------------------------
-- carol: with no where clause and no returning, only the delete policy (not the select
-- one) filters the rows: alice's and bob's assets must still be there (checked below).
select set_config('request.jwt.claims',
  json_build_object('sub', '33333333-3333-4333-8333-333333333333', 'role', 'authenticated')::text, true);

select lives_ok(
  $$ delete from public.assets $$,
  'a user''s unfiltered delete removes only their own assets'
);

-- ---------------------------------------------------------------------------------
-- authenticated without a sub claim
select set_config('request.jwt.claims', json_build_object('role', 'authenticated')::text, true);

select is_empty($$ select id from public.assets $$, 'authenticated without a sub sees no asset');
select throws_ok(
  $$ insert into public.share_links (asset_id, token_hash)
     values ('a1a1a1a1-a1a1-4a1a-8a1a-a1a1a1a1a1a1', 'hash-orphan') $$,
  '42501', null,
  'authenticated without a sub cannot create a share link'
);

-- ---------------------------------------------------------------------------------
-- anon
reset role;
set local role anon;
select set_config('request.jwt.claims', json_build_object('role', 'anon')::text, true);

select throws_ok($$ select id from public.assets $$, '42501', null, 'anon cannot read assets');
select throws_ok($$ update public.assets set favorite = true $$, '42501', null, 'anon cannot update assets');
select throws_ok($$ delete from public.assets $$, '42501', null, 'anon cannot delete assets');
select throws_ok(
  $$ select id from public.share_links where token_hash = 'hash-e3' $$,
  '42501', null, 'anon cannot read share links, not even by token hash');
select throws_ok(
  $$ insert into public.share_links (user_id, asset_id, token_hash)
     values ('22222222-2222-4222-8222-222222222222', 'b1b1b1b1-b1b1-4b1b-8b1b-b1b1b1b1b1b1', 'hash-anon') $$,
  '42501', null, 'anon cannot create share links');
select throws_ok($$ update public.share_links set revoked_at = null $$, '42501', null,
  'anon cannot revive share links');

-- ---------------------------------------------------------------------------------
-- service_role: the workers write assets; the share page resolves links
reset role;
set local role service_role;
select set_config('request.jwt.claims', json_build_object('role', 'service_role')::text, true);

select results_eq(
  $$ select id from public.assets
     where id in ('a1a1a1a1-a1a1-4a1a-8a1a-a1a1a1a1a1a1', 'b1b1b1b1-b1b1-4b1b-8b1b-b1b1b1b1b1b1') order by id $$,
  $$ values ('a1a1a1a1-a1a1-4a1a-8a1a-a1a1a1a1a1a1'::uuid), ('b1b1b1b1-b1b1-4b1b-8b1b-b1b1b1b1b1b1'::uuid) $$,
  'service_role sees every asset'
);

select lives_ok(
  $$ insert into public.assets (user_id, project_id, generation_id, asset_type, mime_type, bytes, name, storage_key)
     values ('11111111-1111-4111-8111-111111111111', 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
             'a0a0a0a0-a0a0-4a0a-8a0a-a0a0a0a0a0a0', 'image', 'image/png', 4000, 'Cat 3', 'alice/a3.png') $$,
  'service_role creates assets'
);

select results_eq(
  $$ select a.storage_key from public.share_links s join public.assets a on a.id = s.asset_id
     where s.token_hash = 'hash-e3' and s.revoked_at is null $$,
  $$ values ('bob/b1.png') $$,
  'service_role resolves a share link to its asset'
);

-- ---------------------------------------------------------------------------------
-- what the writes above left behind, seen as the table owner
reset role;

select results_eq(
  $$ select id, name, favorite, storage_key, project_id from public.assets
     where id in ('a1a1a1a1-a1a1-4a1a-8a1a-a1a1a1a1a1a1', 'a2a2a2a2-a2a2-4a2a-8a2a-a2a2a2a2a2a2',
                  'b1b1b1b1-b1b1-4b1b-8b1b-b1b1b1b1b1b1', 'c1c1c1c1-c1c1-4c1c-8c1c-c1c1c1c1c1c1')
     order by id $$,
  $$ values
     ('a1a1a1a1-a1a1-4a1a-8a1a-a1a1a1a1a1a1'::uuid, 'Renamed', true, 'alice/a1.png', 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa'::uuid),
     ('b1b1b1b1-b1b1-4b1b-8b1b-b1b1b1b1b1b1'::uuid, 'bulk', false, 'bob/b1.png', 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb'::uuid) $$,
  'each user changed or deleted only their own assets; no storage key or project moved'
);

select results_eq(
  $$ select user_id, asset_id, token_hash, revoked_at is not null, expires_at from public.share_links
     where user_id in ('11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222')
     order by token_hash $$,
  $$ values
     ('11111111-1111-4111-8111-111111111111'::uuid, 'a1a1a1a1-a1a1-4a1a-8a1a-a1a1a1a1a1a1'::uuid, 'hash-e1', true, '2100-01-01'::timestamptz),
     ('22222222-2222-4222-8222-222222222222'::uuid, 'b1b1b1b1-b1b1-4b1b-8b1b-b1b1b1b1b1b1'::uuid, 'hash-e3', false, null),
     ('11111111-1111-4111-8111-111111111111'::uuid, 'a1a1a1a1-a1a1-4a1a-8a1a-a1a1a1a1a1a1'::uuid, 'hash-new', false, '2100-01-01'::timestamptz) $$,
  'each user revoked only their own links; deleting an asset deleted its link; nothing was planted'
);

-- ---------------------------------------------------------------------------------
-- alice deletes her project: everything in it goes, through the foreign keys
set local role authenticated;
select set_config('request.jwt.claims',
  json_build_object('sub', '11111111-1111-4111-8111-111111111111', 'role', 'authenticated')::text, true);

select results_eq(
  $$ delete from public.projects where id = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa' returning id $$,
  $$ values ('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa'::uuid) $$,
  'a user can delete their project with its generations, assets and share links'
);

reset role;

select is_empty(
  $$ select id from public.generations where project_id = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa' $$,
  'deleting a project deletes its generations'
);
select is_empty(
  $$ select id from private.jobs where generation_id = 'a0a0a0a0-a0a0-4a0a-8a0a-a0a0a0a0a0a0' $$,
  'deleting a project deletes the jobs of its generations'
);
select is_empty(
  $$ select id from public.assets where project_id = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa' $$,
  'deleting a project deletes its assets'
);
select is_empty(
  $$ select id from public.share_links where user_id = '11111111-1111-4111-8111-111111111111' $$,
  'deleting a project deletes the share links of its assets'
);
select results_eq(
  $$ select (select count(*) from public.generations where project_id = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb'),
            (select count(*) from private.jobs where generation_id = 'b0b0b0b0-b0b0-4b0b-8b0b-b0b0b0b0b0b0'),
            (select count(*) from public.assets where project_id = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb'),
            (select count(*) from public.share_links where user_id = '22222222-2222-4222-8222-222222222222') $$,
  $$ values (1::bigint, 1::bigint, 1::bigint, 1::bigint) $$,
  'deleting a project leaves another user''s generations, jobs, assets and links alone'
);

select * from finish();
rollback;
