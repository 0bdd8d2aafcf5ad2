/**
 * npm run lighthouse — Lighthouse scores (performance, accessibility, best practices) for the
 * landing page, the dashboard, the studio and the library of a production build, signed in.
 *
 * Builds the app into .next-lighthouse when there is no build there yet (LIGHTHOUSE_DIST_DIR
 * picks another build directory; --rebuild forces a fresh build), starts `next start` on a free
 * port with a fresh data directory, signs a user up through the API, creates a project with one
 * built-in image, and runs Lighthouse (desktop preset) in headless Chromium (CHROMIUM_PATH, or
 * /usr/bin/chromium) with the session cookie. Prints a table and writes it to the "Lighthouse"
 * section of docs/performance.md. The goal is 95 or more everywhere; the script reports and
 * never fails on a lower score (shared machines make the performance score noisy).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse, { desktopConfig, type Result } from 'lighthouse';

const GOAL = 95;
const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
type Category = (typeof CATEGORIES)[number];
const CATEGORY_TITLES: Record<Category, string> = { performance: 'Performance', accessibility: 'Accessibility', 'best-practices': 'Best practices' };

const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const docsFile = path.resolve(webDir, '..', 'docs', 'performance.md');
const distDir = process.env.LIGHTHOUSE_DIST_DIR ?? '.next-lighthouse';
const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const nextBin = path.join(path.dirname(fileURLToPath(import.meta.resolve('next/package.json'))), 'dist', 'bin', 'next');

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

function build(): void {
  const buildId = path.join(webDir, distDir, 'BUILD_ID');
  if (fs.existsSync(buildId) && !process.argv.includes('--rebuild')) {
    log(`Using the build in ${distDir}.`);
    return;
  }
  log(`Building into ${distDir}…`);
  const result = spawnSync(process.execPath, [nextBin, 'build'], {
    cwd: webDir,
    // The build's output goes to stderr: stdout is the table alone.
    stdio: ['ignore', 2, 2],
    env: { ...process.env, NEXT_DIST_DIR: distDir, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error(`next build failed (exit code ${result.status ?? result.signal})`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(baseUrl: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited with code ${server.exitCode}`);
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${baseUrl} did not become healthy within two minutes`);
}

async function api<T>(baseUrl: string, route: string, init: { method?: string; body?: unknown; cookie?: string; expect: number }): Promise<{ data: T; response: Response }> {
  const response = await fetch(`${baseUrl}${route}`, {
    method: init.method ?? 'GET',
    headers: { ...(init.body === undefined ? {} : { 'content-type': 'application/json' }), ...(init.cookie ? { cookie: init.cookie } : {}) },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  if (response.status !== init.expect) {
    throw new Error(`${init.method ?? 'GET'} ${route} answered ${response.status}, not ${init.expect}: ${(await response.text()).slice(0, 300)}`);
  }
  return { data: (await response.json()) as T, response };
}

/** Signs a user up, creates a project with one finished built-in image; returns the cookie and the project. */
async function seed(baseUrl: string): Promise<{ cookie: string; projectId: string }> {
  const unique = randomUUID().slice(0, 8);
  const { response } = await api(baseUrl, '/api/auth/signup', {
    method: 'POST',
    body: { email: `lighthouse-${unique}@example.com`, password: `pw-${randomUUID()}`, displayName: 'Lighthouse' },
    expect: 201,
  });
  const cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(';')[0]!)
    .join('; ');
  if (!cookie) throw new Error('the signup answer set no cookie');
  const { data: created } = await api<{ project: { id: string } }>(baseUrl, '/api/projects', {
    method: 'POST',
    body: { name: 'Lighthouse', description: 'A project with one image.' },
    cookie,
    expect: 201,
  });
  const projectId = created.project.id;
  const { data: queued } = await api<{ generation: { id: string } }>(baseUrl, '/api/generations', {
    method: 'POST',
    body: {
      projectId,
      generationType: 'image',
      provider: 'builtin',
      model: 'procedural-image',
      prompt: 'A lighthouse on a cliff at dusk, pastel sky',
      parameters: { width: 1024, height: 576 },
    },
    cookie,
    expect: 202,
  });
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const { data } = await api<{ generation: { status: string } }>(baseUrl, `/api/generations/${queued.generation.id}`, { cookie, expect: 200 });
    if (data.generation.status === 'succeeded') return { cookie, projectId };
    if (data.generation.status === 'failed' || data.generation.status === 'canceled') throw new Error(`the generation ${data.generation.status}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('the generation did not finish within two minutes');
}

type PageScores = { name: string; path: string; scores: Record<Category, number | null>; opportunities: string[] };

/** What holds a category below the goal: failing audits, the heaviest first, with savings when known. */
function opportunities(lhr: Result, category: Category): string[] {
  const refs = lhr.categories[category]?.auditRefs ?? [];
  return refs
    .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
    .filter(({ audit }) => audit && audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'notApplicable')
    .filter(({ ref, audit }) => ref.weight > 0 || (audit!.details as { overallSavingsMs?: number } | undefined)?.overallSavingsMs)
    .sort((a, b) => b.ref.weight - a.ref.weight)
    .slice(0, 5)
    .map(({ audit }) => {
      const savings = (audit!.details as { overallSavingsMs?: number } | undefined)?.overallSavingsMs;
      const detail = audit!.displayValue ?? (savings ? `save ~${Math.round(savings)} ms` : '');
      return `${CATEGORY_TITLES[category]}: ${audit!.title}${detail ? ` (${detail})` : ''}`;
    });
}

async function audit(url: string, chrome: LaunchedChrome, cookie: string | null): Promise<Result> {
  const result = await lighthouse(
    url,
    { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES], extraHeaders: cookie ? { Cookie: cookie } : null },
    desktopConfig,
  );
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  if (result.lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${result.lhr.runtimeError.message}`);
  return result.lhr;
}

const formatScore = (score: number | null) => (score === null ? '—' : score >= GOAL ? `**${score}**` : `${score} ⚠`);

function table(results: PageScores[]): string {
  const header = `| page | ${CATEGORIES.map((category) => CATEGORY_TITLES[category].toLowerCase()).join(' | ')} |`;
  const rule = `| --- | ${CATEGORIES.map(() => '---').join(' | ')} |`;
  const rows = results.map((result) => `| ${result.name} (\`${result.path}\`) | ${CATEGORIES.map((category) => formatScore(result.scores[category])).join(' | ')} |`);
  return [header, rule, ...rows].join('\n');
}

function section(results: PageScores[]): string {
  const below = results.filter((result) => result.opportunities.length > 0);
  const lines = [
    '## Lighthouse',
    '',
    '`npm run lighthouse` (`web/scripts/lighthouse.ts`) builds the app, starts `next start` with a fresh',
    'embedded database, signs a user up, creates a project with one built-in image and runs Lighthouse',
    `(desktop preset, headless Chromium) signed in. Goal: ${GOAL} or more in each column; the script reports`,
    'and never fails. Performance is simulated throttling on a shared machine: expect a few points of noise.',
    '',
    table(results),
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}), Node.js ${process.versions.node.split('.').slice(0, 2).join('.')}, load average ${os.loadavg()[0]!.toFixed(1)}.`,
  ];
  if (below.length > 0) {
    lines.push('', `Below ${GOAL} — the biggest opportunities:`, '');
    for (const result of below) {
      lines.push(`- ${result.name}: ${result.opportunities.join('; ')}.`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Replaces the "## Lighthouse" section of docs/performance.md (up to the next "## " heading), or appends it. */
function writeDocs(content: string): void {
  const existing = fs.existsSync(docsFile) ? fs.readFileSync(docsFile, 'utf8') : '# Performance\n';
  const lines = existing.split('\n');
  const start = lines.findIndex((line) => line.trim() === '## Lighthouse');
  let next: string;
  if (start === -1) {
    next = `${existing.replace(/\n*$/, '')}\n\n${content}`;
  } else {
    const after = lines.findIndex((line, index) => index > start && line.startsWith('## '));
    const before = lines.slice(0, start).join('\n').replace(/\n*$/, '');
    const rest = after === -1 ? '' : `\n${lines.slice(after).join('\n')}`;
    next = `${before}\n\n${content}${rest}`;
  }
  fs.writeFileSync(docsFile, next.endsWith('\n') ? next : `${next}\n`);
}

async function main(): Promise<void> {
  build();
  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'medialab-lighthouse-'));
  let server: ChildProcess | undefined;
  let chrome: LaunchedChrome | undefined;
  try {
    log(`Starting next start on ${baseUrl} (data in ${dataDir})…`);
    server = spawn(process.execPath, [nextBin, 'start', '-p', String(port)], {
      cwd: webDir,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        ...process.env,
        NEXT_DIST_DIR: distDir,
        NODE_ENV: 'production',
        MEDIALAB_DATA_DIR: dataDir,
        LOG_LEVEL: 'warn',
        PORT: String(port),
        NEXT_TELEMETRY_DISABLED: '1',
      },
    });
    await waitForHealth(baseUrl, server);
    const { cookie, projectId } = await seed(baseUrl);

    chrome = await launch({
      chromePath,
      chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
    const pages = [
      { name: 'Landing', path: '/', signedIn: false },
      { name: 'Dashboard', path: '/projects', signedIn: true },
      { name: 'Studio', path: `/projects/${projectId}`, signedIn: true },
      { name: 'Library', path: `/projects/${projectId}/library`, signedIn: true },
    ];
    const results: PageScores[] = [];
    for (const page of pages) {
      log(`Lighthouse: ${page.name} (${page.path})…`);
      const lhr = await audit(`${baseUrl}${page.path}`, chrome, page.signedIn ? cookie : null);
      if (new URL(lhr.finalDisplayedUrl).pathname !== page.path) {
        throw new Error(`${page.path} ended on ${lhr.finalDisplayedUrl}: the session cookie was not accepted`);
      }
      const scores = Object.fromEntries(
        CATEGORIES.map((category) => {
          const score = lhr.categories[category]?.score;
          return [category, typeof score === 'number' ? Math.round(score * 100) : null];
        }),
      ) as Record<Category, number | null>;
      const low = CATEGORIES.filter((category) => (scores[category] ?? 0) < GOAL);
      results.push({ name: page.name, path: page.path.replace(projectId, ':id'), scores, opportunities: low.flatMap((category) => opportunities(lhr, category)) });
    }

    const markdown = section(results);
    process.stdout.write(`\n${table(results)}\n`);
    for (const result of results.filter((entry) => entry.opportunities.length > 0)) {
      process.stdout.write(`\n${result.name}:\n${result.opportunities.map((line) => `  - ${line}`).join('\n')}\n`);
    }
    writeDocs(markdown);
    log(`\nWrote the Lighthouse section of ${path.relative(process.cwd(), docsFile)}.`);
  } finally {
    if (chrome) chrome.kill();
    if (server && server.exitCode === null) {
      server.kill('SIGTERM');
      await new Promise((resolve) => server!.once('exit', resolve));
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
