/**
 * The extraction contract (DESIGN.md, types.ts) as a zod schema, so tests and tools can check that
 * what the extractor prints is exactly an ExtractResult: no missing, extra or mistyped fields.
 */
import { z } from 'zod';
import type { ExtractResult } from './types.js';

export const reasonSchema = z.enum([
  'cost_cutting',
  'restructuring',
  'ai_automation',
  'economic_downturn',
  'demand_decline',
  'covid',
  'merger_acquisition',
  'closure',
  'relocation',
  'funding',
  'regulation',
  'other',
]);

export const aiAttributionSchema = z.enum(['explicit', 'blamed', 'denied', 'mixed', 'none']);

const count = z.number().nonnegative();

export const headcountSchema = z.strictObject({
  value: count.nullable(),
  min: count.nullable(),
  max: count.nullable(),
  qualifier: z.enum(['exact', 'about', 'at_least', 'up_to', 'vague']),
  words: z.string().nullable(),
});

export const supportSchema = z.strictObject({
  severance: z.boolean().nullable(),
  continued_pay_days: count.nullable(),
  healthcare: z.boolean().nullable(),
  job_placement: z.boolean().nullable(),
  notes: z.array(z.string()),
});

export const evidenceSpanSchema = z
  .strictObject({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    text: z.string(),
  })
  .refine((span) => span.end >= span.start, { message: 'an evidence span ends before it starts' });

export const extractedEventSchema = z.strictObject({
  company: z.string().nullable(),
  parent_company: z.string().nullable(),
  headcount: headcountSchema.nullable(),
  percent: z.number().min(0).max(100).nullable(),
  date: z
    .string()
    .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'a date is YYYY-MM-DD, YYYY-MM or YYYY')
    .nullable(),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'a country is an ISO 3166-1 alpha-2 code such as US')
    .nullable(),
  locations: z.array(z.string()),
  units: z.array(z.string()),
  reasons: z.array(reasonSchema),
  ai_attribution: aiAttributionSchema,
  support: supportSchema,
  hiring_areas: z.array(z.string()),
  context: z.array(z.string()),
  evidence: z.record(z.string(), z.array(evidenceSpanSchema)),
});

export const extractResultSchema = z.strictObject({
  id: z.string().optional(),
  is_layoff_report: z.boolean(),
  confidence: z.number().min(0).max(1),
  event: extractedEventSchema.nullable(),
  mentions: z.array(extractedEventSchema),
  warnings: z.array(z.string()),
});

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;

/** Fails to compile when the schema and the ExtractResult type drift apart. */
export type SchemaMatchesContract = Assert<Same<z.infer<typeof extractResultSchema>, ExtractResult>>;
