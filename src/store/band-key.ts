/**
 * A near-duplicate band key ("07:3f2a9c1e": band number, then the band's 32-bit hash in hex) as the
 * integer the store indexes: the band number times 2^32 plus the hash. Eight bytes instead of eleven
 * characters, which with the document's integer `seq` instead of its 64-character id makes a band
 * row a fifth of its old size: each document adds 42 rows at random places of that index.
 */
import { StoreInputError } from './store-input-error.js';

/** What a key must be: /^(\d{1,5}):([0-9a-f]{1,8})$/, read by hand (an ingest reads 84 a document). */
export function bandKeyNumber(key: string, operation: string): number {
  const colon = key.indexOf(':');
  const hexDigits = key.length - colon - 1;
  if (colon >= 1 && colon <= 5 && hexDigits >= 1 && hexDigits <= 8) {
    let band = 0;
    let hash = 0;
    let i = 0;
    for (; i < colon; i++) {
      const c = key.charCodeAt(i);
      if (c < 48 || c > 57) break;
      band = band * 10 + (c - 48);
    }
    if (i === colon) {
      for (i = colon + 1; i < key.length; i++) {
        const c = key.charCodeAt(i);
        const digit = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : -1;
        if (digit < 0) break;
        hash = hash * 16 + digit;
      }
      if (i === key.length) return band * 2 ** 32 + hash;
    }
  }
  throw new StoreInputError(operation, `band key "${key}" is not NN:hex (see resolve's bandKeys)`);
}
