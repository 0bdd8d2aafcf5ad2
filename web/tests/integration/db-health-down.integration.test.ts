import net from 'node:net';
import { describe, expect, it } from 'vitest';

/** A port on 127.0.0.1 that nothing listens on. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('GET /api/db-health when the database is down', () => {
  it('answers 503, and API calls that need the database answer 503 too, never 500', async () => {
    // This file runs in its own process: point it at a server that is not there before
    // anything reads the environment.
    process.env.DATABASE_URL = `postgres://postgres@127.0.0.1:${await closedPort()}/postgres`;
    const { ApiClient } = await import('../support/api-client');
    const client = new ApiClient();
    const response = await client.get('/api/db-health');
    expect(response.status).toBe(503);
    expect(response.body).toEqual({
      status: 'unavailable',
      error: { code: 'service_unavailable', message: 'The database is unreachable.' },
    });
    const login = await client.post('/api/auth/login', { email: 'someone@example.test', password: 'whatever1' });
    expect(login.status).toBe(503);
    expect(login.body).toEqual({
      error: { code: 'service_unavailable', message: 'The database is unavailable. Try again shortly.' },
    });
  });
});
