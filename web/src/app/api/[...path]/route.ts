import { AppError } from '@/lib/errors';
import { withPublic } from '@/lib/http';

/** Unknown API paths answer the JSON envelope, not the HTML 404 page. */
const notFound = withPublic(async ({ request }) => {
  throw new AppError('not_found', `No API endpoint at ${request.method} ${request.nextUrl.pathname}.`);
});

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
