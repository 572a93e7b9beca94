/**
 * What every pipeline step is handed instead of reaching for it: the company resolver (built once per
 * process from the shipped gazetteer, which takes a fifth of a second), the merge window and the clock.
 */
import { type CompanyResolver, createCompanyResolver, loadGazetteer } from '../resolve/index.js';

export type PipelineContext = {
  resolver: CompanyResolver;
  /** Days between two day-dated reports of one cut (DESIGN.md: 14). */
  windowDays: number;
  /** The time a document is stored at. */
  now: () => Date;
};

export const MERGE_WINDOW_DAYS = 14;

export type PipelineContextOptions = Partial<PipelineContext>;

export function createPipelineContext(options: PipelineContextOptions = {}): PipelineContext {
  return {
    resolver: options.resolver ?? createCompanyResolver(loadGazetteer()),
    windowDays: options.windowDays ?? MERGE_WINDOW_DAYS,
    now: options.now ?? (() => new Date()),
  };
}
