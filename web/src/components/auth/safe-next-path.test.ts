import { describe, expect, it } from 'vitest';
import { nextQuery, safeNextPath } from './safe-next-path';

describe('safeNextPath', () => {
  it('keeps a path on this site, with its query', () => {
    expect(safeNextPath('/projects/123?tab=assets')).toBe('/projects/123?tab=assets');
  });

  it.each([
    ['missing', undefined],
    ['an array (?next=a&next=b)', ['/a', '/b']],
    ['an absolute URL', 'https://evil.example/'],
    ['a protocol-relative URL', '//evil.example/path'],
    ['a backslash that browsers read as a slash', '/\\evil.example'],
    ['a relative path', 'projects'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a tab that URL parsing strips', '/\t/evil.example'],
  ])('sends %s to /projects', (_case, value) => {
    expect(safeNextPath(value)).toBe('/projects');
  });
});

describe('nextQuery', () => {
  it('carries a non-default destination and drops the default', () => {
    expect(nextQuery('/projects/1')).toBe('?next=%2Fprojects%2F1');
    expect(nextQuery('/projects')).toBe('');
  });
});
