import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from './logger';

function capture(level = 'info') {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: createLogger(level, destination), lines: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

describe('logger', () => {
  it('writes one JSON object a line with level, time, message and request id', () => {
    const { logger, lines } = capture();
    logger.child({ requestId: 'req-12345678' }).info({ status: 200 }, 'request');
    expect(lines()).toEqual([
      expect.objectContaining({ level: 'info', msg: 'request', requestId: 'req-12345678', status: 200, time: expect.any(String) }),
    ]);
  });

  it('redacts secrets wherever they sit in the object', () => {
    const { logger, lines } = capture();
    logger.info({ password: 'hunter22', body: { apiKey: 'sk-live', nested: { token: 't0k3n' } }, headers: { cookie: 'a=b' } }, 'x');
    const text = JSON.stringify(lines());
    expect(text).not.toMatch(/hunter22|sk-live|t0k3n|a=b/);
    expect(lines()[0]).toMatchObject({ password: '[redacted]', body: { apiKey: '[redacted]', nested: { token: '[redacted]' } } });
  });

  it('honours the level', () => {
    const { logger, lines } = capture('warn');
    logger.info('quiet');
    logger.warn('loud');
    expect(lines().map((line) => line.msg)).toEqual(['loud']);
  });
});
