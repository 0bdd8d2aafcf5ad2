import type { Operation } from './operation';
import { healthOperations } from './health';
import { authOperations } from './auth';
import { projectsOperations } from './projects';
import { catalogOperations } from './catalog';
import { keysOperations } from './keys';
import { generationsOperations } from './generations';
import { assetsOperations } from './assets';
import { sharingOperations } from './sharing';
import { analyticsOperations } from './analytics';
import { webhooksOperations } from './webhooks';
import { settingsOperations } from './settings';

export type { Operation } from './operation';

/**
 * Every endpoint of the API with the zod schemas its handler parses and returns, one file per
 * tag. The OpenAPI document is generated from this list, and a test checks that every route
 * handler in src/app/api appears here.
 */
export const operations: Operation[] = [
  ...healthOperations,
  ...authOperations,
  ...projectsOperations,
  ...catalogOperations,
  ...keysOperations,
  ...generationsOperations,
  ...assetsOperations,
  ...sharingOperations,
  ...analyticsOperations,
  ...webhooksOperations,
  ...settingsOperations,
];
