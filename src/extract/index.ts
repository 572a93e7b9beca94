/** The extractor's public face: text (+ published date, url) → ExtractResult. Pure and synchronous. */
import type { ExtractOptions, ExtractResult } from './types.js';

export type { ExtractOptions, ExtractResult } from './types.js';

export const EXTRACTOR_VERSION = '0.1.0';

export function extract(text: string, _options: ExtractOptions = {}): ExtractResult {
  void text;
  return { is_layoff_report: false, confidence: 0, event: null, mentions: [], warnings: [] };
}
