import { describe, expect, it } from 'vitest';

import { SsrfError, assertSafeBaseUrl, findSsrfError, isPublicAddress } from './ssrf-guard';

function refusal(input: string, allowPrivate: boolean): string {
  try {
    assertSafeBaseUrl(input, { allowPrivate });
    return 'allowed';
  } catch (error) {
    if (!(error instanceof SsrfError)) throw error;
    return error.code;
  }
}

describe('assertSafeBaseUrl', () => {
  // [input, without allowPrivate, with allowPrivate]
  it.each([
    // Public hosts, in several spellings.
    ['https://api.openai.com/v1', 'allowed', 'allowed'],
    ['http://my-ollama.example.org:11434/v1', 'allowed', 'allowed'],
    ['https://EXAMPLE.com./v1', 'allowed', 'allowed'],
    ['https://8.8.8.8/v1', 'allowed', 'allowed'],
    ['http://134744072/', 'allowed', 'allowed'],
    ['http://[2606:4700:4700::1111]/v1', 'allowed', 'allowed'],
    ['http://[::ffff:8.8.8.8]/', 'allowed', 'allowed'],
    ['http://[64:ff9b::808:808]/', 'allowed', 'allowed'],
    ['http://[2002:808:808::1]/', 'allowed', 'allowed'],
    // Loopback in every spelling the URL parser accepts.
    ['http://127.0.0.1:11434/v1', 'private_address', 'allowed'],
    ['http://2130706433/', 'private_address', 'allowed'],
    ['http://0x7f.1/', 'private_address', 'allowed'],
    ['http://0x7f000001/', 'private_address', 'allowed'],
    ['http://0177.0.0.1/', 'private_address', 'allowed'],
    ['http://017700000001/', 'private_address', 'allowed'],
    ['http://127.1/', 'private_address', 'allowed'],
    ['http://127.0.0.1./', 'private_address', 'allowed'],
    ['http://127.255.255.254/', 'private_address', 'allowed'],
    ['http://[::1]:11434/', 'private_address', 'allowed'],
    ['http://[0:0:0:0:0:0:0:1]/', 'private_address', 'allowed'],
    ['http://[::ffff:127.0.0.1]/', 'private_address', 'allowed'],
    ['http://[::ffff:7f00:1]/', 'private_address', 'allowed'],
    ['http://[::127.0.0.1]/', 'private_address', 'allowed'],
    ['http://[64:ff9b::7f00:1]/', 'private_address', 'allowed'],
    ['http://[2002:7f00:1::]/', 'private_address', 'allowed'],
    ['http://localhost:11434/v1', 'private_address', 'allowed'],
    ['http://LOCALHOST./', 'private_address', 'allowed'],
    ['http://ollama.localhost/', 'private_address', 'allowed'],
    ['http://ｌｏｃａｌｈｏｓｔ/', 'private_address', 'allowed'],
    // Unspecified, private, CGNAT, link-local and cloud metadata.
    ['http://0.0.0.0:11434/', 'private_address', 'allowed'],
    ['http://0/', 'private_address', 'allowed'],
    ['http://[::]/', 'private_address', 'allowed'],
    ['http://10.0.0.5/', 'private_address', 'allowed'],
    ['http://172.16.0.1/', 'private_address', 'allowed'],
    ['http://172.31.255.255/', 'private_address', 'allowed'],
    ['http://192.168.1.10:11434/v1', 'private_address', 'allowed'],
    ['http://[::ffff:a00:1]/', 'private_address', 'allowed'],
    ['http://100.64.0.1/', 'private_address', 'allowed'],
    ['http://169.254.169.254/latest/meta-data/', 'private_address', 'allowed'],
    ['http://[::ffff:169.254.169.254]/', 'private_address', 'allowed'],
    ['http://[2002:a9fe:a9fe::]/', 'private_address', 'allowed'],
    ['http://[fe80::1]/', 'private_address', 'allowed'],
    ['http://[fd12:3456::1]/', 'private_address', 'allowed'],
    ['http://[64:ff9b:1::a00:1]/', 'private_address', 'allowed'],
    ['http://metadata.google.internal/computeMetadata/v1/', 'private_address', 'allowed'],
    ['http://metadata/', 'private_address', 'allowed'],
    ['http://instance-data./latest/', 'private_address', 'allowed'],
    // Broadcast, multicast, reserved, benchmarking, documentation, Teredo.
    ['http://255.255.255.255/', 'private_address', 'allowed'],
    ['http://224.0.0.1/', 'private_address', 'allowed'],
    ['http://[ff02::1]/', 'private_address', 'allowed'],
    ['http://240.0.0.1/', 'private_address', 'allowed'],
    ['http://198.18.0.1/', 'private_address', 'allowed'],
    ['http://192.0.2.1/', 'private_address', 'allowed'],
    ['http://203.0.113.9/', 'private_address', 'allowed'],
    ['http://[2001:db8::1]/', 'private_address', 'allowed'],
    ['http://[2001::1]/', 'private_address', 'allowed'],
    // Never allowed: other schemes, credentials, no host, not a URL.
    ['ftp://example.com/', 'unsupported_protocol', 'unsupported_protocol'],
    ['file:///etc/passwd', 'unsupported_protocol', 'unsupported_protocol'],
    ['gopher://127.0.0.1:6379/_INFO', 'unsupported_protocol', 'unsupported_protocol'],
    ['data:text/plain,hello', 'unsupported_protocol', 'unsupported_protocol'],
    ['javascript:alert(1)', 'unsupported_protocol', 'unsupported_protocol'],
    ['http://user:secret@example.com/v1', 'credentials_in_url', 'credentials_in_url'],
    ['http://./', 'invalid_url', 'invalid_url'],
    ['http://1.1.1.1.1/', 'invalid_url', 'invalid_url'],
    ['example.com/v1', 'invalid_url', 'invalid_url'],
    ['', 'invalid_url', 'invalid_url'],
    [`https://example.com/${'a'.repeat(2048)}`, 'invalid_url', 'invalid_url'],
  ])('%s - %s, or %s with private addresses allowed', (input, expected, expectedWhenPrivateAllowed) => {
    expect(refusal(input, false)).toBe(expected);
    expect(refusal(input, true)).toBe(expectedWhenPrivateAllowed);
  });

  it('returns the parsed URL', () => {
    const url = assertSafeBaseUrl('  https://API.Example.com:8443/v1 ', { allowPrivate: false });
    expect(url.href).toBe('https://api.example.com:8443/v1');
  });

  it('names the address and the operator setting when it refuses a private address', () => {
    expect(() => assertSafeBaseUrl('http://2130706433/v1', { allowPrivate: false })).toThrow(
      expect.objectContaining({
        name: 'SsrfError',
        code: 'private_address',
        message: expect.stringMatching(/127\.0\.0\.1 is a private, local or reserved address.*ALLOW_PRIVATE_PROVIDER_URLS=true/),
      }),
    );
  });

  it('does not repeat credentials in its message', () => {
    expect(() => assertSafeBaseUrl('https://user:hunter2@example.com/', { allowPrivate: true })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('hunter2') }),
    );
  });
});

describe('isPublicAddress', () => {
  it.each([
    '8.8.8.8', '1.1.1.1', '172.32.0.1', '100.128.0.1', '169.253.255.255', '2606:4700:4700::1111', '::ffff:8.8.8.8',
    '64:ff9b::8.8.8.8', '2002:808:808::1',
  ])('accepts the public address %s', (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });

  it.each([
    '127.0.0.1', '127.8.9.10', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.0.1', '169.254.169.254', '169.254.0.1',
    '100.64.0.1', '100.127.255.255', '0.0.0.0', '0.1.2.3', '255.255.255.255', '224.0.0.251', '240.0.0.1', '192.0.0.8',
    '192.0.2.1', '198.51.100.1', '203.0.113.1', '198.19.0.1', '::1', '::', 'fe80::1', 'fe80::1%eth0', 'fc00::1', 'fdff::1',
    'ff02::1', '2001:db8::1', '3fff::1', '2001::1', '4000::1', '::ffff:127.0.0.1', '::ffff:10.0.0.1', '::ffff:169.254.169.254',
    '::127.0.0.1', '::ffff:0:127.0.0.1', '64:ff9b::10.0.0.1', '64:ff9b:1::8.8.8.8', '2002:7f00:1::1', '2002:c0a8:101::1',
    '', 'localhost', 'not-an-address',
  ])('refuses %s', (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });
});

describe('findSsrfError', () => {
  it('finds the refusal inside the errors that wrap it', () => {
    const refusal = new SsrfError('private_address', 'refused');
    const wrapped = new Error('Connection error.', { cause: new TypeError('fetch failed', { cause: refusal }) });
    expect(findSsrfError(wrapped)).toBe(refusal);
    expect(findSsrfError(new AggregateError([new Error('other'), refusal]))).toBe(refusal);
  });

  it('finds nothing in an ordinary network failure', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' });
    expect(findSsrfError(new TypeError('fetch failed', { cause: refused }))).toBeUndefined();
    expect(findSsrfError('not an error')).toBeUndefined();
  });
});
