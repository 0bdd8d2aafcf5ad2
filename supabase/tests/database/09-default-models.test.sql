-- public.user_preferences.default_models: the default provider and model per type.
--
-- Proves that the column exists as a non-null jsonb defaulting to {} and that authenticated
-- may insert and update it; that a signed-in user sets and merges their own defaults, also
-- through the app's upsert, and that a row created for the budget alone has none; that
-- anything but a JSON object (an array, a string, null) is refused; that a user neither
-- sees, changes nor overwrites another user's defaults; that anon can do nothing with them;
-- and that service_role finds each user's defaults as that user left them.
begin;
create extension if not exists pgtap with schema extensions;
set local search_path to public, extensions;

select plan(22);

-- alice 1111… has no preferences yet; bob 2222… has a default image model; carol 3333…
-- has a budget only.
insert into auth.users (id, email) values
  ('11111111-1111-4111-8111-111111111111', 'alice@pgtap.test'),
  ('22222222-2222-4222-8222-222222222222', 'bob@pgtap.test'),
  ('33333333-3333-4333-8333-333333333333', 'carol@pgtap.test');
insert into public.user_preferences (user_id, default_models) values
  ('22222222-2222-4222-8222-222222222222', '{"image": {"provider": "openai", "model": "gpt-image-1.5"}}');
insert into public.user_preferences (user_id, monthly_budget_usd) values
  ('33333333-3333-4333-8333-333333333333', 10);

-- ---------------------------------------------------------------------------------
-- the column
select has_column('public', 'user_preferences', 'default_models', 'public.user_preferences.default_models exists');
select col_type_is('public', 'user_preferences', 'default_models', 'jsonb', 'default_models is jsonb');
select col_not_null('public', 'user_preferences', 'default_models', 'default_models is not null');
select col_default_is('public', 'user_preferences', 'default_models', '{}'::jsonb, 'default_models defaults to {}');
select ok(
  has_column_privilege('authenticated', 'public.user_preferences', 'default_models', 'INSERT')
    and has_column_privilege('authenticated', 'public.user_preferences', 'default_models', 'UPDATE'),
  'authenticated may insert and update default_models'
);
select is(
  (select default_models from public.user_preferences where user_id = '33333333-3333-4333-8333-333333333333'),
  '{}'::jsonb,
  'preferences created without defaults have none'
);

-- ---------------------------------------------------------------------------------
-- alice
set local role authenticated;
select set_config('request.jwt.claims',
  json_build_object('sub', '11111111-1111-4111-8111-111111111111', 'role', 'authenticated')::text, true);

select is_empty($$ select default_models from public.user_preferences $$,
  'a user without preferences sees no one''s defaults');

-- The app's setDefaultModels: merge the chosen types in, drop the cleared ones.
select results_eq(
  $$ insert into public.user_preferences (default_models) values ('{"text": {"provider": "anthropic", "model": "claude"}}')
     on conflict (user_id) do update
       set default_models = (public.user_preferences.default_models || excluded.default_models) - array['image']
     returning user_id, default_models $$,
  $$ values ('11111111-1111-4111-8111-111111111111'::uuid,
             '{"text": {"provider": "anthropic", "model": "claude"}}'::jsonb) $$,
  'a user can create their defaults; they are theirs'
);

select results_eq(
  $$ insert into public.user_preferences (default_models) values ('{"music": {"provider": "builtin", "model": "music"}}')
     on conflict (user_id) do update
       set default_models = (public.user_preferences.default_models || excluded.default_models) - array['text']
     returning default_models $$,
  $$ values ('{"music": {"provider": "builtin", "model": "music"}}'::jsonb) $$,
  'a user can merge into and clear from their defaults through the upsert'
);

select throws_ok(
  $$ update public.user_preferences set default_models = '[]' $$,
  '23514', null,
  'an array is refused'
);

select throws_ok(
  $$ update public.user_preferences set default_models = '"builtin"' $$,
  '23514', null,
  'a string is refused'
);

select throws_ok(
  $$ update public.user_preferences set default_models = null $$,
  '23502', null,
  'null is refused'
);

select throws_ok(
  $$ insert into public.user_preferences (user_id, default_models)
     values ('22222222-2222-4222-8222-222222222222', '{}') $$,
  '42501', 'new row violates row-level security policy for table "user_preferences"',
  'a user cannot create defaults for another user'
);

select throws_ok(
  $$ insert into public.user_preferences (user_id, default_models)
     values ('22222222-2222-4222-8222-222222222222', '{}')
     on conflict (user_id) do update set default_models = excluded.default_models $$,
  '42501', 'new row violates row-level security policy for table "user_preferences"',
  'a user cannot overwrite another user''s defaults through an upsert'
);

select is_empty(
  $$ update public.user_preferences set default_models = '{}'
     where user_id = '22222222-2222-4222-8222-222222222222' returning user_id $$,
  'a user''s update of another user''s defaults affects no row'
);

select results_eq(
  $$ select user_id from public.user_preferences $$,
  $$ values ('11111111-1111-4111-8111-111111111111'::uuid) $$,
  'a user sees only their own preferences'
);

-- ---------------------------------------------------------------------------------
-- bob
select set_config('request.jwt.claims',
  json_build_object('sub', '22222222-2222-4222-8222-222222222222', 'role', 'authenticated')::text, true);

select results_eq(
  $$ select user_id, default_models from public.user_preferences $$,
  $$ values ('22222222-2222-4222-8222-222222222222'::uuid,
             '{"image": {"provider": "openai", "model": "gpt-image-1.5"}}'::jsonb) $$,
  'another user sees only their own, untouched defaults'
);

-- With no where clause, only the update policy filters the rows: alice's must stay (below).
select lives_ok(
  $$ update public.user_preferences set default_models = default_models - 'image' $$,
  'a user''s unfiltered update of defaults touches only their own'
);

-- ---------------------------------------------------------------------------------
-- anon
reset role;
set local role anon;
select set_config('request.jwt.claims', json_build_object('role', 'anon')::text, true);

select throws_ok($$ select default_models from public.user_preferences $$, '42501', null, 'anon cannot read defaults');
select throws_ok(
  $$ insert into public.user_preferences (user_id, default_models)
     values ('11111111-1111-4111-8111-111111111111', '{}') $$,
  '42501', null, 'anon cannot create defaults');
select throws_ok($$ update public.user_preferences set default_models = '{}' $$, '42501', null,
  'anon cannot change defaults');

-- ---------------------------------------------------------------------------------
-- service_role
reset role;
set local role service_role;
select set_config('request.jwt.claims', json_build_object('role', 'service_role')::text, true);

select results_eq(
  $$ select user_id, default_models from public.user_preferences
     where user_id in ('11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222',
                       '33333333-3333-4333-8333-333333333333')
     order by user_id $$,
  $$ values ('11111111-1111-4111-8111-111111111111'::uuid, '{"music": {"provider": "builtin", "model": "music"}}'::jsonb),
            ('22222222-2222-4222-8222-222222222222'::uuid, '{}'::jsonb),
            ('33333333-3333-4333-8333-333333333333'::uuid, '{}'::jsonb) $$,
  'service_role sees every user''s defaults; each user changed only their own'
);

select * from finish();
rollback;
