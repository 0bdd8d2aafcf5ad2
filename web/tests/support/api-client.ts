import { NextRequest } from 'next/server';
import * as dbHealth from '@/app/api/db-health/route';
import * as health from '@/app/api/health/route';
import * as login from '@/app/api/auth/login/route';
import * as logout from '@/app/api/auth/logout/route';
import * as me from '@/app/api/auth/me/route';
import * as signup from '@/app/api/auth/signup/route';
import * as project from '@/app/api/projects/[id]/route';
import * as projects from '@/app/api/projects/route';
import * as fallback from '@/app/api/[...path]/route';
import * as providers from '@/app/api/providers/route';
import * as generations from '@/app/api/generations/route';
import * as estimate from '@/app/api/generations/estimate/route';
import * as generation from '@/app/api/generations/[id]/route';
import * as generationCancel from '@/app/api/generations/[id]/cancel/route';
import * as generationEvents from '@/app/api/generations/[id]/events/route';
import * as assets from '@/app/api/assets/route';
import * as asset from '@/app/api/assets/[id]/route';
import * as assetContent from '@/app/api/assets/[id]/content/route';
import * as assetPreview from '@/app/api/assets/[id]/preview/route';
import * as assetShare from '@/app/api/assets/[id]/share/route';
import * as assetShareLink from '@/app/api/assets/[id]/share/[linkId]/route';
import * as shareContent from '@/app/api/share/[token]/content/route';
import * as budget from '@/app/api/settings/budget/route';
import * as keys from '@/app/api/keys/route';
import * as key from '@/app/api/keys/[id]/route';
import * as keyTest from '@/app/api/keys/[id]/test/route';
import * as falWebhook from '@/app/api/webhooks/fal/route';
import * as analytics from '@/app/api/analytics/route';
import * as password from '@/app/api/auth/password/route';
import * as defaults from '@/app/api/settings/defaults/route';
import * as assetArchive from '@/app/api/assets/archive/route';
import * as assetDelete from '@/app/api/assets/delete/route';

/**
 * Calls the real route handlers in-process, with real requests, cookies and database:
 * everything but the HTTP socket. The e2e suite covers the socket.
 */
type Handler = (request: NextRequest, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;
type RouteModule = Partial<Record<'GET' | 'POST' | 'PATCH' | 'DELETE' | 'PUT', Handler>>;

const routes: Array<[RegExp, RouteModule, string[]]> = [
  [/^\/api\/health$/, health, []],
  [/^\/api\/db-health$/, dbHealth, []],
  [/^\/api\/auth\/signup$/, signup, []],
  [/^\/api\/auth\/login$/, login, []],
  [/^\/api\/auth\/logout$/, logout, []],
  [/^\/api\/auth\/me$/, me, []],
  [/^\/api\/auth\/password$/, password, []],
  [/^\/api\/projects$/, projects, []],
  [/^\/api\/projects\/([^/]+)$/, project, ['id']],
  [/^\/api\/providers$/, providers, []],
  [/^\/api\/generations$/, generations, []],
  [/^\/api\/generations\/estimate$/, estimate, []],
  [/^\/api\/generations\/([^/]+)$/, generation, ['id']],
  [/^\/api\/generations\/([^/]+)\/cancel$/, generationCancel, ['id']],
  [/^\/api\/generations\/([^/]+)\/events$/, generationEvents, ['id']],
  [/^\/api\/assets$/, assets, []],
  [/^\/api\/assets\/archive$/, assetArchive, []],
  [/^\/api\/assets\/delete$/, assetDelete, []],
  [/^\/api\/assets\/([^/]+)$/, asset, ['id']],
  [/^\/api\/assets\/([^/]+)\/content$/, assetContent, ['id']],
  [/^\/api\/assets\/([^/]+)\/preview$/, assetPreview, ['id']],
  [/^\/api\/assets\/([^/]+)\/share$/, assetShare, ['id']],
  [/^\/api\/assets\/([^/]+)\/share\/([^/]+)$/, assetShareLink, ['id', 'linkId']],
  [/^\/api\/share\/([^/]+)\/content$/, shareContent, ['token']],
  [/^\/api\/settings\/budget$/, budget, []],
  [/^\/api\/settings\/defaults$/, defaults, []],
  [/^\/api\/keys$/, keys, []],
  [/^\/api\/keys\/([^/]+)$/, key, ['id']],
  [/^\/api\/keys\/([^/]+)\/test$/, keyTest, ['id']],
  [/^\/api\/webhooks\/fal$/, falWebhook, []],
  [/^\/api\/analytics$/, analytics, []],
];

export const BASE_URL = 'http://localhost:3000';

export type ApiResponse = { status: number; headers: Headers; body: unknown; text: string; bytes: Buffer };

export type RequestOptions = {
  body?: unknown;
  /** A raw body sent as is (for malformed JSON). */
  rawBody?: string;
  headers?: Record<string, string>;
};

export class ApiClient {
  cookie: string | undefined;

  async request(method: string, url: string, options: RequestOptions = {}): Promise<ApiResponse> {
    const full = new URL(url, BASE_URL);
    const match = routes.find(([pattern]) => pattern.test(full.pathname));
    const [pattern, module, names] = match ?? [/^\/api\/(.*)$/, fallback as RouteModule, ['path']];
    const values = pattern.exec(full.pathname)!.slice(1);
    const params = Object.fromEntries(
      names.map((name, index) => [name, name === 'path' ? values[index]!.split('/') : decodeURIComponent(values[index]!)]),
    );
    const handler = module[method as keyof RouteModule];
    if (!handler) return { status: 405, headers: new Headers(), body: null, text: '', bytes: Buffer.alloc(0) };
    const headers = new Headers({ host: full.host, ...options.headers });
    if (this.cookie) headers.set('cookie', this.cookie);
    let body: string | undefined = options.rawBody;
    if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers.set('content-type', 'application/json');
    }
    const request = new NextRequest(full, { method, headers, body });
    const response = await handler(request, { params: Promise.resolve(params) });
    this.rememberCookie(response);
    const bytes = Buffer.from(await response.arrayBuffer());
    const text = bytes.toString('utf8');
    let parsed: unknown = null;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      parsed = null;
    }
    return { status: response.status, headers: response.headers, body: parsed, text, bytes };
  }

  private rememberCookie(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, value] = pair!.split('=');
      if (name !== 'medialab_session') continue;
      this.cookie = value ? `${name}=${value}` : undefined;
    }
  }

  get = (url: string, options?: RequestOptions) => this.request('GET', url, options);
  post = (url: string, body?: unknown, options?: RequestOptions) => this.request('POST', url, { ...options, body });
  patch = (url: string, body?: unknown, options?: RequestOptions) => this.request('PATCH', url, { ...options, body });
  put = (url: string, body?: unknown, options?: RequestOptions) => this.request('PUT', url, { ...options, body });
  delete = (url: string, options?: RequestOptions) => this.request('DELETE', url, options);
}

let counter = 0;

/** A unique address per call, so tests can share one server database. */
export function uniqueEmail(label = 'user'): string {
  counter += 1;
  return `${label}-${Date.now().toString(36)}-${process.pid}-${counter}@example.test`;
}

/** Signs a new user up and returns a client carrying their session. */
export async function signedInClient(overrides: { email?: string; password?: string; displayName?: string } = {}) {
  const client = new ApiClient();
  const email = overrides.email ?? uniqueEmail();
  const password = overrides.password ?? 'correct horse battery';
  const response = await client.post('/api/auth/signup', { email, password, displayName: overrides.displayName ?? 'Test User' });
  if (response.status !== 201) throw new Error(`signup failed: ${response.status} ${response.text}`);
  const user = (response.body as { user: { id: string; email: string; displayName: string } }).user;
  return { client, user, email, password };
}
