import ipaddr from 'ipaddr.js';

/** Why a provider URL was refused. */
export type SsrfErrorCode =
  | 'invalid_url'
  | 'unsupported_protocol'
  | 'credentials_in_url'
  | 'private_address'
  | 'too_many_redirects';

/**
 * A provider URL (or a redirect or DNS answer on the way to it) that MediaLab will not
 * connect to. The message is written for the user who entered the URL.
 */
export class SsrfError extends Error {
  constructor(
    readonly code: SsrfErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'SsrfError';
  }
}

/** Decides whether an IP address may be connected to. */
export type AddressPredicate = (address: string) => boolean;

const MAX_URL_LENGTH = 2048;
const LOCAL_SERVER_HINT =
  'To use a server on your own machine or network (such as Ollama), the operator can set ALLOW_PRIVATE_PROVIDER_URLS=true.';

/** Cloud metadata services answer on these names inside their clouds; they hand out credentials. */
const METADATA_HOSTNAMES = new Set(['metadata', 'metadata.google.internal', 'instance-data', 'instance-data.ec2.internal']);

/** IPv4 ranges with a public route are the only ones ipaddr.js calls `unicast`. */
function isPublicIPv4(address: ipaddr.IPv4): boolean {
  return address.range() === 'unicast';
}

function ipv4FromWords(high: number, low: number): ipaddr.IPv4 {
  return new ipaddr.IPv4([high >> 8, high & 0xff, low >> 8, low & 0xff]);
}

function isPublicIPv6(address: ipaddr.IPv6): boolean {
  const words = address.parts;
  const range = address.range();
  // IPv4-mapped (::ffff:a.b.c.d) reaches the embedded IPv4 address.
  if (range === 'ipv4Mapped') return isPublicIPv4(address.toIPv4Address());
  // NAT64 well-known prefix 64:ff9b::/96 reaches the IPv4 address in the last 32 bits; the local-use 64:ff9b:1::/48 is private.
  if (range === 'rfc6052') return words[2] === 0 && isPublicIPv4(ipv4FromWords(words[6] ?? 0, words[7] ?? 0));
  // 6to4 2002:AABB:CCDD::/48 tunnels to the IPv4 address AA.BB.CC.DD.
  if (range === '6to4') return isPublicIPv4(ipv4FromWords(words[1] ?? 0, words[2] ?? 0));
  // Only global unicast (2000::/3) outside every special-purpose block has a public route. That also refuses the
  // deprecated IPv4-compatible form (::a.b.c.d), and Teredo (2001::/32), whose client address is hidden.
  return range === 'unicast' && ((words[0] ?? 0) & 0xe000) === 0x2000;
}

/**
 * Whether an IP address is publicly routable: loopback, private, link-local (incl. the cloud
 * metadata address 169.254.169.254), unique-local, CGNAT, unspecified, broadcast, multicast,
 * reserved and documentation ranges are not, nor are IPv6 forms that embed one of them.
 * Anything that is not an IP address is not public either.
 */
export function isPublicAddress(ip: string): boolean {
  if (!ipaddr.isValid(ip)) return false;
  const address = ipaddr.parse(ip);
  return address.kind() === 'ipv4' ? isPublicIPv4(address as ipaddr.IPv4) : isPublicIPv6(address as ipaddr.IPv6);
}

/** The refusal for a private address, naming the host and what it resolved to. */
export function privateAddressError(hostname: string, address?: string): SsrfError {
  const where = address && address !== hostname ? `${hostname} resolves to ${address}, which is` : `${hostname} is`;
  return new SsrfError(
    'private_address',
    `The provider URL is not allowed: ${where} a private, local or reserved address, which MediaLab does not connect to. ` +
      LOCAL_SERVER_HINT,
  );
}

function isLocalHostname(name: string): boolean {
  return name === 'localhost' || name.endsWith('.localhost') || METADATA_HOSTNAMES.has(name);
}

/**
 * Checks a parsed URL against the policy: http(s) only, no credentials, a host, and unless
 * private addresses are allowed, no local host name and no literal IP address the predicate
 * refuses.
 * Host names that need DNS are checked again, address by address, when the connection is made.
 */
export function assertAllowedUrl(url: URL, policy: { allowPrivate: boolean; isAllowedAddress: AddressPredicate }): URL {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new SsrfError(
      'unsupported_protocol',
      `The provider URL must start with http:// or https:// (it uses ${url.protocol}).`,
    );
  }
  if (url.username || url.password) {
    throw new SsrfError(
      'credentials_in_url',
      'The provider URL must not contain a user name or password; enter the API key in its own field.',
    );
  }
  // WHATWG URL parsing has already turned every IPv4 spelling (2130706433, 0x7f.1, 0177.0.0.1, 127.1)
  // into dotted decimal.
  const hostname = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const name = hostname.replace(/\.+$/, '');
  if (!name) throw new SsrfError('invalid_url', 'The provider URL has no host name.');
  if (policy.allowPrivate) return url;
  if (ipaddr.isValid(hostname)) {
    if (!policy.isAllowedAddress(hostname)) throw privateAddressError(hostname);
    return url;
  }
  if (isLocalHostname(name)) throw privateAddressError(name);
  return url;
}

/**
 * Parses and checks a user-supplied provider base URL (e.g. an OpenAI-compatible server).
 * Throws an SsrfError whose message tells the user what to change.
 */
export function assertSafeBaseUrl(input: string, options: { allowPrivate: boolean }): URL {
  if (input.length > MAX_URL_LENGTH) {
    throw new SsrfError('invalid_url', `The provider URL is longer than ${MAX_URL_LENGTH} characters.`);
  }
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw new SsrfError(
      'invalid_url',
      'The provider URL is not a valid URL; enter a full address such as https://api.example.com/v1.',
    );
  }
  return assertAllowedUrl(url, { allowPrivate: options.allowPrivate, isAllowedAddress: isPublicAddress });
}

/**
 * The SsrfError behind an error, if any: fetch and SDKs wrap it (`fetch failed`, the OpenAI
 * SDK's APIConnectionError) with the original as `cause`.
 */
export function findSsrfError(error: unknown): SsrfError | undefined {
  let current = error;
  for (let depth = 0; depth < 8 && current instanceof Error; depth += 1) {
    if (current instanceof SsrfError) return current;
    if (current instanceof AggregateError) {
      const inner = current.errors.find((item) => item instanceof SsrfError);
      if (inner) return inner as SsrfError;
    }
    current = current.cause;
  }
  return undefined;
}
