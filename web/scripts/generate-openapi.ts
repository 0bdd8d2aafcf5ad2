/**
 * npm run openapi — writes docs/api/openapi.json from the zod schemas.
 * With --check, fails (exit 1) when the committed file is not what the schemas give.
 */
import fs from 'node:fs';
import path from 'node:path';
import { findRepositoryRoot } from '@/lib/env';
import { buildOpenApiDocument } from '@/lib/openapi/document';

const target = path.join(findRepositoryRoot(process.cwd()), 'docs', 'api', 'openapi.json');
const generated = `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`;

if (process.argv.includes('--check')) {
  const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
  if (current !== generated) {
    console.error(`${path.relative(process.cwd(), target)} is stale: run \`npm run openapi\` and commit the result.`);
    process.exit(1);
  }
  console.log('docs/api/openapi.json is up to date');
} else {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, generated);
  console.log(`wrote ${target}`);
}
