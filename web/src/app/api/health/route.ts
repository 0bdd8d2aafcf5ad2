import { json, withPublic } from '@/lib/http';

export const dynamic = 'force-dynamic';

/** Liveness: the process answers. */
export const GET = withPublic(async () => json({ status: 'ok' }));
