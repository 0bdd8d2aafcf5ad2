import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from './document';

const apiDir = path.resolve(import.meta.dirname, '../../app/api');

function routeFiles(directory: string): string[] {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === 'route.ts' ? [full] : [];
  });
}

describe('OpenAPI document', () => {
  const document = buildOpenApiDocument() as {
    paths: Record<string, Record<string, unknown>>;
    components: { schemas: Record<string, unknown> };
  };

  it('describes every method of every route handler under src/app/api', () => {
    const missing: string[] = [];
    for (const file of routeFiles(apiDir)) {
      const routePath = `/api/${path.relative(apiDir, path.dirname(file))}`.replace(/\[(\w+)\]/g, '{$1}');
      if (routePath.includes('[...')) continue; // the JSON 404 for unknown paths
      const source = fs.readFileSync(file, 'utf8');
      for (const [, method] of source.matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)) {
        if (!document.paths[routePath]?.[method!.toLowerCase()]) missing.push(`${method} ${routePath}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('has no dangling $ref', () => {
    const refs = [...JSON.stringify(document).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((match) => match[1]!);
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of refs) expect(document.components.schemas, ref).toHaveProperty(ref);
  });
});
