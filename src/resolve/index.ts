/**
 * Resolution, the pure step between extraction and storage: company names to companies and the key
 * events group by, syndicated copies to their twins, reports and records to events.
 */
export { type CompanyResolver, createCompanyResolver, type ResolvedCompany } from './company.js';
export { cleanCompanyName, companyKey, normaliseCompanyName } from './company-name.js';
export { type Gazetteer, type GazetteerEntry, loadGazetteer } from './gazetteer.js';
export {
  type Candidate,
  curatedToCandidate,
  eventKey,
  findEvent,
  isSameEvent,
  type MergedEvent,
  type MergeOptions,
  mergeIntoEvent,
  rebuildEvents,
  reportToCandidate,
} from './merge.js';
export {
  bandKeys,
  decodeSignature,
  isNearDuplicate,
  NEAR_DUPLICATE_THRESHOLD,
  signature,
  similarity,
  similarityOf,
} from './near-duplicate.js';
