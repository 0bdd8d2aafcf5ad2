import 'server-only';
import type { GenerationType } from '@/lib/providers/provider';
import type { DefaultModel } from '@/lib/schemas/settings';
import type { Tx } from '../types';

// Under withUser: the user's own preferences (RLS: one row, theirs).

/** The stored default models by type, as saved: entries are checked against the catalog when read. */
export async function getDefaultModels(tx: Tx): Promise<Record<string, unknown>> {
  const [row] = await tx.query<{ default_models: Record<string, unknown> }>(
    'select default_models from public.user_preferences where user_id = (select auth.uid())',
  );
  return row?.default_models ?? {};
}

/**
 * Sets the given types' defaults and clears the `null` ones in one statement (creating the
 * preferences row if needed); types not named keep theirs. Returns the stored defaults.
 */
export async function updateDefaultModels(
  tx: Tx,
  params: { defaults: Partial<Record<GenerationType, DefaultModel | null>> },
): Promise<Record<string, unknown>> {
  const set: Record<string, DefaultModel> = {};
  const cleared: string[] = [];
  for (const [type, entry] of Object.entries(params.defaults)) {
    if (entry === null) cleared.push(type);
    else if (entry) set[type] = { provider: entry.provider, model: entry.model };
  }
  const [row] = await tx.query<{ default_models: Record<string, unknown> }>(
    `insert into public.user_preferences (default_models) values ($1::text::jsonb)
     on conflict (user_id) do update
       set default_models = (public.user_preferences.default_models || excluded.default_models)
         - array(select jsonb_array_elements_text($2::text::jsonb))
     returning default_models`,
    // Both as JSON text: the two database drivers agree on strings, not on arrays.
    [JSON.stringify(set), JSON.stringify(cleared)],
  );
  return row?.default_models ?? {};
}
