import { withUser } from '@/lib/db/with-user';
import { getGenerationRowOrThrow, toGeneration } from '@/lib/db/queries/generations';
import { withSession } from '@/lib/http';
import { idParamsSchema } from '@/lib/schemas/common';
import { generationEvents } from '@/lib/generation/events';

export const dynamic = 'force-dynamic';

/** Server-sent events: status and progress, text deltas, and a final `done`. */
export const GET = withSession(
  async ({ request, user, params }) => {
    // Not found (or another user's) answers 404 before the stream opens.
    const first = toGeneration(await withUser(user.id, (tx) => getGenerationRowOrThrow(tx, params)));
    const stream = generationEvents({
      first,
      signal: request.signal,
      load: async () => toGeneration(await withUser(user.id, (tx) => getGenerationRowOrThrow(tx, params))),
    });
    return new Response(stream, {
      headers: {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      },
    });
  },
  { params: idParamsSchema },
);
