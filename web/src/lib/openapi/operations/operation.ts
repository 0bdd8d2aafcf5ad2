import type { z } from 'zod';

export type Operation = {
  method: 'get' | 'post' | 'patch' | 'put' | 'delete';
  path: string;
  summary: string;
  tag: string;
  /** Needs the session cookie. */
  auth: boolean;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** Success status and schema (none for 204). */
  success: { status: number; description: string; schema?: z.ZodType; headers?: Record<string, string> };
  /** Error statuses this operation answers, besides 500. */
  errors: number[];
};
