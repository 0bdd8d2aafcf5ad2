import { json, withSession } from '@/lib/http';

export const GET = withSession(async ({ user }) => json({ user }));
