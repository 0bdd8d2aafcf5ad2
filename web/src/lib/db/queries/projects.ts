import 'server-only';
import type { Project, ProjectListItem, ProjectSummary } from '@/lib/schemas/project';
import { notFound } from '@/lib/errors';
import { SORT_KEY_SQL, decodeCursor, toPage } from '../pagination';
import type { Tx } from '../types';

// Every query here runs under withUser: row-level security limits it to the user's own
// projects, so another user's project is simply not found.

type ProjectRow = {
  id: string;
  name: string;
  description: string;
  monthly_budget_usd: string | number | null;
  created_at: Date | string;
  updated_at: Date | string;
  sort_key: string;
};

const COLUMNS = `id, name, description, monthly_budget_usd, created_at, updated_at, ${SORT_KEY_SQL} as sort_key`;

function toProject(row: ProjectRow): Project {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    monthlyBudgetUsd: row.monthly_budget_usd === null ? null : Number(row.monthly_budget_usd),
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

type SummaryRow = {
  id: string;
  counts: Record<string, number> | null;
  last_generated_at: Date | string | null;
  covers: Array<{ assetId: string; type: 'image' | 'video' }> | null;
};

const EMPTY_COUNTS = { image: 0, video: 0, audio: 0, text: 0 };

/** For the dashboard: each project's asset counts, newest generation and newest pictures. */
async function projectSummaries(tx: Tx, ids: string[]): Promise<Map<string, ProjectSummary>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.query<SummaryRow>(
    `select p.id,
       (select json_object_agg(t.asset_type, t.n)
          from (select asset_type, count(*)::int as n from public.assets a where a.project_id = p.id group by asset_type) t) as counts,
       (select max(g.created_at) from public.generations g where g.project_id = p.id) as last_generated_at,
       (select json_agg(json_build_object('assetId', c.id, 'type', c.asset_type) order by c.created_at desc, c.id desc)
          from (select a.id, a.asset_type, a.created_at from public.assets a
                where a.project_id = p.id and a.asset_type in ('image', 'video') and a.preview_key is not null
                order by a.created_at desc, a.id desc limit 3) c) as covers
     from public.projects p where p.id = any($1::uuid[])`,
    [ids],
  );
  return new Map(
    rows.map((row) => [
      row.id,
      {
        assetCounts: { ...EMPTY_COUNTS, ...row.counts },
        lastGeneratedAt: row.last_generated_at === null ? null : new Date(row.last_generated_at).toISOString(),
        covers: row.covers ?? [],
      },
    ]),
  );
}

export async function listProjects(tx: Tx, params: { limit: number; cursor?: string }) {
  const after = decodeCursor(params.cursor);
  const rows = await tx.query<ProjectRow>(
    `select ${COLUMNS} from public.projects
     where $1::timestamptz is null or (created_at, id) < ($1::timestamptz, $2::uuid)
     order by created_at desc, id desc
     limit $3`,
    [after?.createdAt ?? null, after?.id ?? null, params.limit + 1],
  );
  const page = toPage(rows, params.limit, toProject);
  const summaries = await projectSummaries(
    tx,
    page.items.map((project) => project.id),
  );
  const empty: ProjectSummary = { assetCounts: { ...EMPTY_COUNTS }, lastGeneratedAt: null, covers: [] };
  const items: ProjectListItem[] = page.items.map((project) => ({ ...project, summary: summaries.get(project.id) ?? empty }));
  return { ...page, items };
}

export async function getProjectByIdOrThrow(tx: Tx, params: { id: string }): Promise<Project> {
  const [row] = await tx.query<ProjectRow>(`select ${COLUMNS} from public.projects where id = $1`, [params.id]);
  if (!row) throw notFound('Project', params.id);
  return toProject(row);
}

export async function createProject(tx: Tx, params: { name: string; description?: string }): Promise<Project> {
  const [row] = await tx.query<ProjectRow>(
    `insert into public.projects (name, description) values ($1, $2) returning ${COLUMNS}`,
    [params.name, params.description ?? ''],
  );
  return toProject(row!);
}

export async function updateProjectOrThrow(
  tx: Tx,
  params: { id: string; name?: string; description?: string; monthlyBudgetUsd?: number | null },
): Promise<Project> {
  const [row] = await tx.query<ProjectRow>(
    `update public.projects
     set name = coalesce($2, name), description = coalesce($3, description),
         monthly_budget_usd = case when $4::boolean then $5::numeric else monthly_budget_usd end
     where id = $1
     returning ${COLUMNS}`,
    [params.id, params.name ?? null, params.description ?? null, params.monthlyBudgetUsd !== undefined, params.monthlyBudgetUsd ?? null],
  );
  if (!row) throw notFound('Project', params.id);
  return toProject(row);
}

export async function deleteProjectOrThrow(tx: Tx, params: { id: string }): Promise<void> {
  const rows = await tx.query(`delete from public.projects where id = $1 returning id`, [params.id]);
  if (rows.length === 0) throw notFound('Project', params.id);
}
