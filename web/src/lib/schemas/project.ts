import { z } from 'zod';

const nameSchema = z
  .string({ error: 'name is required' })
  .trim()
  .min(1, 'name must not be empty')
  .max(100, 'name must be at most 100 characters');

const descriptionSchema = z.string().trim().max(2000, 'description must be at most 2000 characters');

export const createProjectSchema = z
  .object({ name: nameSchema, description: descriptionSchema.optional() })
  .strict()
  .meta({ id: 'CreateProjectRequest' });

const budgetSchema = z
  .number({ error: 'monthlyBudgetUsd must be a number or null' })
  .min(0, 'monthlyBudgetUsd must not be negative')
  .max(1_000_000, 'monthlyBudgetUsd must be at most 1000000')
  .nullable();

export const updateProjectSchema = z
  .object({ name: nameSchema.optional(), description: descriptionSchema.optional(), monthlyBudgetUsd: budgetSchema.optional() })
  .strict()
  .refine((value) => value.name !== undefined || value.description !== undefined || value.monthlyBudgetUsd !== undefined, {
    message: 'send name, description or both',
  })
  .meta({ id: 'UpdateProjectRequest' });

export const projectSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    description: z.string(),
    monthlyBudgetUsd: z.number().nullable().meta({ description: 'Optional spending limit per calendar month (UTC)' }),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Project' });

export const projectResponseSchema = z.object({ project: projectSchema }).meta({ id: 'ProjectResponse' });

export const projectSummarySchema = z
  .object({
    assetCounts: z
      .object({ image: z.number().int(), video: z.number().int(), audio: z.number().int(), text: z.number().int() })
      .meta({ description: 'How many assets of each type the project holds' }),
    lastGeneratedAt: z.iso.datetime().nullable().meta({ description: 'When its newest generation was asked for' }),
    covers: z
      .array(z.object({ assetId: z.uuid(), type: z.enum(['image', 'video']) }))
      .max(3)
      .meta({ description: 'Its newest pictures and video posters, for the dashboard (GET /api/assets/{id}/preview)' }),
  })
  .meta({ id: 'ProjectSummary' });

export const projectListItemSchema = projectSchema.extend({ summary: projectSummarySchema }).meta({ id: 'ProjectListItem' });

export const projectPageSchema = z
  .object({ items: z.array(projectListItemSchema), nextCursor: z.string().nullable() })
  .meta({ id: 'ProjectPage' });

export type CreateProjectInput = z.infer<typeof createProjectSchema>;
export type UpdateProjectInput = z.infer<typeof updateProjectSchema>;
export type Project = z.infer<typeof projectSchema>;
export type ProjectSummary = z.infer<typeof projectSummarySchema>;
export type ProjectListItem = z.infer<typeof projectListItemSchema>;
