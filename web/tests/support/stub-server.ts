import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * A provider stub on 127.0.0.1 for adapter contract tests: it records every request
 * exactly as the official SDK sent it, and answers through a handler the test writes in
 * the provider's documented protocol. Helpers cover the failure modes: JSON errors,
 * server-sent events, a hang past the client's timeout, a dropped connection.
 */
export type RecordedRequest = {
  method: string;
  /** Path with query string, as sent. */
  url: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: Buffer;
  /** The body parsed as JSON, when it is JSON. */
  json: unknown;
};

export type StubHandler = (request: RecordedRequest, response: ServerResponse) => void | Promise<void>;

export type StubServer = {
  url: string;
  requests: RecordedRequest[];
  /** Replaces the handler (e.g. one per test). */
  handle(handler: StubHandler): void;
  close(): Promise<void>;
};

export async function startStubServer(handler: StubHandler = (_, response) => sendJson(response, 404, { error: 'no handler' })): Promise<StubServer> {
  let current = handler;
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  const server = createServer(async (incoming, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const url = new URL(incoming.url ?? '/', 'http://127.0.0.1');
    let json: unknown;
    if (body.length) {
      try {
        json = JSON.parse(body.toString('utf8'));
      } catch {
        json = undefined;
      }
    }
    const request: RecordedRequest = {
      method: incoming.method ?? 'GET',
      url: incoming.url ?? '/',
      path: url.pathname,
      query: url.searchParams,
      headers: incoming.headers,
      body,
      json,
    };
    requests.push(request);
    try {
      await current(request, response);
    } catch (error) {
      if (!response.headersSent) sendJson(response, 599, { error: String(error) });
      else response.destroy();
    }
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    handle(next) {
      current = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(JSON.stringify(body));
}

export function sendBytes(response: ServerResponse, status: number, data: Buffer, contentType: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': contentType, 'content-length': String(data.length), ...headers });
  response.end(data);
}

/** Writes server-sent events: each item is `{ event?, data }` (data JSON-encoded unless a string). */
export async function sendEvents(
  response: ServerResponse,
  events: Array<{ event?: string; data: unknown }>,
  options: { delayMs?: number } = {},
): Promise<void> {
  response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
  for (const item of events) {
    const data = typeof item.data === 'string' ? item.data : JSON.stringify(item.data);
    response.write(`${item.event ? `event: ${item.event}\n` : ''}data: ${data}\n\n`);
    if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
  }
  response.end();
}

/** Never answers: for the client's timeout. The socket is freed when the stub closes. */
export function hang(): void {}

/** Drops the connection without an HTTP answer. */
export function dropConnection(response: ServerResponse): void {
  response.socket?.destroy();
}

/** Answers 200 with a body that is not the JSON the client expects. */
export function sendMalformed(response: ServerResponse): void {
  response.writeHead(200, { 'content-type': 'application/json' });
  response.end('{"this is": not json');
}
