import { uuidSchema } from '@/lib/schemas/common';

export type StudioPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** `?remix=<generation id>`, when it is a well-formed id. */
export function remixParam(searchParams: Record<string, string | string[] | undefined>): string | undefined {
  const parsed = uuidSchema.safeParse(searchParams.remix);
  return parsed.success ? parsed.data : undefined;
}
