/**
 * The normal form of a company name used for every lookup (events, aliases, curated rows), so that
 * "Procter & Gamble", "procter and gamble" and "Procter &amp; Gamble" find the same rows.
 */
export function companyKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/&(amp;)?/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
