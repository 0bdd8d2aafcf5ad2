import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: ['.next*/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**'],
  },
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read configuration through src/lib/env.ts.' },
      ],
    },
  },
  {
    files: ['src/lib/env.ts', 'next.config.ts', 'playwright.config.ts', 'vitest.config.ts', 'scripts/**', 'tests/**'],
    rules: { 'no-restricted-properties': 'off' },
  },
];

export default config;
