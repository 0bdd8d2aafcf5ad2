-- Seed data for a local Supabase (`supabase db reset`). MediaLab needs none: accounts and
-- projects are created through the app. Kept so the CLI's seed step has a file to run.
select 1;
