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

export const projectPageSchema = z
  .object({ items: z.array(projectSchema), nextCursor: z.string().nullable() })
  .meta({ id: 'ProjectPage' });

export type CreateProjectInput = z.infer<typeof createProjectSchema>;
export type UpdateProjectInput = z.infer<typeof updateProjectSchema>;
export type Project = z.infer<typeof projectSchema>;
