import 'server-only';

import dns from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import { Agent, FormData as UndiciFormData, Headers as UndiciHeaders, buildConnector, fetch as undiciFetch } from 'undici';
import type { RequestInit as UndiciRequestInit } from 'undici';

import {
  SsrfError,
  assertAllowedUrl,
  findSsrfError,
  isPublicAddress,
  privateAddressError,
  type AddressPredicate,
} from './ssrf-guard';

export const MAX_REDIRECTS = 5;

export type GuardedFetchOptions = {
  /** Let the fetch reach private, loopback and link-local addresses (ALLOW_PRIVATE_PROVIDER_URLS). Schemes stay http(s). */
  allowPrivate: boolean;
  /** Resolves host names (dns.lookup by default); every address it returns is checked before connecting. */
  lookup?: LookupFunction;
  /** Which resolved or literal addresses may be connected to; isPublicAddress by default. */
  isAllowedAddress?: AddressPredicate;
  /** Redirects followed before giving up; 5 by default. */
  maxRedirects?: number;
  /** Longest wait for response headers, and between body chunks; 10 minutes by default (callers abort sooner). */
  responseTimeoutMs?: number;
};

type Policy = { allowPrivate: boolean; isAllowedAddress: AddressPredicate };
type Body = NonNullable<UndiciRequestInit['body']>;

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const BODY_HEADERS = ['content-type', 'content-length', 'content-encoding', 'content-language', 'content-location'];
const CREDENTIAL_HEADERS = ['authorization', 'proxy-authorization', 'cookie'];

const systemLookup: LookupFunction = (hostname, options, callback) => dns.lookup(hostname, options, callback);

/** Resolves every address of a host and refuses the connection if any of them is not allowed (DNS rebinding included). */
function guardLookup(lookup: LookupFunction, isAllowedAddress: AddressPredicate): LookupFunction {
  return (hostname, options, callback) => {
    lookup(hostname, { ...options, all: true }, (error, result, family) => {
      if (error) return callback(error, '');
      const addresses = Array.isArray(result) ? result : [{ address: result, family: family ?? isIP(result) }];
      const refused = addresses.find((entry) => !isAllowedAddress(entry.address));
      if (refused) return callback(privateAddressError(hostname, refused.address), '');
      const first = addresses[0];
      if (!first) return callback(Object.assign(new Error(`${hostname} has no address.`), { code: 'ENOTFOUND' }), '');
      if (options.all) return callback(null, addresses);
      return callback(null, first.address, first.family);
    });
  };
}

/**
 * Every connection (the first request and each redirect hop) passes here. net skips the lookup
 * for literal IP addresses, so they are checked directly.
 */
function createGuardedConnector(policy: Policy, lookup: LookupFunction): buildConnector.connector {
  const connect = buildConnector({ lookup: policy.allowPrivate ? lookup : guardLookup(lookup, policy.isAllowedAddress) });
  return (options, callback) => {
    const host = options.hostname.replace(/^\[(.*)\]$/, '$1');
    if (!policy.allowPrivate && isIP(host) && !policy.isAllowedAddress(host)) {
      callback(privateAddressError(host), null);
      return;
    }
    connect(options, callback);
  };
}

/** The platform FormData is not the one undici's fetch knows how to encode: copy its entries over. */
function toUndiciBody(body: BodyInit | null | undefined): Body | null {
  if (body === null || body === undefined) return null;
  if (body instanceof FormData && !(body instanceof UndiciFormData)) {
    const form = new UndiciFormData();
    for (const [name, value] of body.entries()) {
      if (typeof value === 'string') form.append(name, value);
      else form.append(name, value, value.name);
    }
    return form;
  }
  return body as Body;
}

function isStream(body: Body): boolean {
  return body instanceof ReadableStream || (typeof body === 'object' && Symbol.asyncIterator in body);
}

async function readRequest(input: RequestInfo | URL, init: RequestInit | undefined) {
  const fromRequest = typeof input === 'string' || input instanceof URL ? undefined : input;
  const headers = new UndiciHeaders();
  new Headers(init?.headers ?? fromRequest?.headers).forEach((value, name) => headers.append(name, value));
  let body = toUndiciBody(init?.body);
  if (init?.body === undefined && fromRequest?.body) body = await fromRequest.clone().arrayBuffer();
  return {
    url: fromRequest ? fromRequest.url : input.toString(),
    method: (init?.method ?? fromRequest?.method ?? 'GET').toUpperCase(),
    headers,
    body,
    signal: init?.signal ?? fromRequest?.signal ?? undefined,
    redirect: init?.redirect ?? fromRequest?.redirect ?? 'follow',
  };
}

function parseUrl(value: string, base?: URL): URL {
  try {
    return new URL(value, base);
  } catch {
    const what = base ? 'The provider answered with a redirect to an invalid URL.' : 'The provider URL is not a valid URL.';
    throw new SsrfError('invalid_url', what);
  }
}

/**
 * A fetch for user-supplied provider URLs. Each URL (and each redirect's Location) must be
 * http(s) without credentials; unless `allowPrivate`, every connection is refused when the
 * host is, or resolves to, an address that is not public — checked when the socket is opened,
 * so a DNS answer that changes between check and use gains nothing. Redirects are followed
 * here (at most `maxRedirects`), dropping credentials when the origin changes. Refusals
 * reject with an SsrfError, whose message can be shown to the user.
 */
export function createGuardedFetch(options: GuardedFetchOptions): typeof fetch {
  const policy: Policy = { allowPrivate: options.allowPrivate, isAllowedAddress: options.isAllowedAddress ?? isPublicAddress };
  const maxRedirects = options.maxRedirects ?? MAX_REDIRECTS;
  const responseTimeout = options.responseTimeoutMs ?? 600_000;
  const dispatcher = new Agent({
    connect: createGuardedConnector(policy, options.lookup ?? systemLookup),
    headersTimeout: responseTimeout,
    bodyTimeout: responseTimeout,
  });

  return async function guardedFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    const request = await readRequest(input, init);
    let url = assertAllowedUrl(parseUrl(request.url), policy);
    let { method, body } = request;
    for (let redirects = 0; ; redirects += 1) {
      let response;
      try {
        response = await undiciFetch(url, {
          method,
          headers: request.headers,
          body,
          signal: request.signal,
          redirect: request.redirect === 'follow' ? 'manual' : request.redirect,
          dispatcher,
          ...(body !== null && isStream(body) ? { duplex: 'half' as const } : {}),
        });
      } catch (error) {
        throw findSsrfError(error) ?? error;
      }
      const location = response.headers.get('location');
      if (request.redirect !== 'follow' || !REDIRECT_STATUSES.has(response.status) || location === null) {
        return response as unknown as Response;
      }
      await response.body?.cancel();
      if (redirects >= maxRedirects) {
        const message = `The provider URL redirected more than ${maxRedirects} times; enter the final address instead.`;
        throw new SsrfError('too_many_redirects', message);
      }
      const next = assertAllowedUrl(parseUrl(location, url), policy);
      const { status } = response;
      // As browsers do: 303 turns anything but GET/HEAD into GET, 301 and 302 turn POST into GET.
      const becomesGet = status === 303 ? method !== 'GET' && method !== 'HEAD' : status <= 302 && method === 'POST';
      if (becomesGet) {
        method = 'GET';
        body = null;
        for (const name of BODY_HEADERS) request.headers.delete(name);
      } else if (body !== null && isStream(body)) {
        throw new TypeError(`Cannot follow a ${response.status} redirect with a streamed request body.`);
      }
      if (next.origin !== url.origin) for (const name of CREDENTIAL_HEADERS) request.headers.delete(name);
      url = next;
    }
  };
}
