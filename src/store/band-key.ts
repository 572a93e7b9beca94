/**
 * A near-duplicate band key ("07:3f2a9c1e": band number, then the band's 32-bit hash in hex) as the
 * integer the store indexes: the band number times 2^32 plus the hash. Eight bytes instead of eleven
 * characters, which with the document's integer `seq` instead of its 64-character id makes a band
 * row a fifth of its old size: each document adds 42 rows at random places of that index.
 */
import { StoreInputError } from './store-input-error.js';

const BAND_KEY = /^(\d{1,5}):([0-9a-f]{1,8})$/;

export function bandKeyNumber(key: string, operation: string): number {
  const match = BAND_KEY.exec(key);
  if (!match) {
    throw new StoreInputError(operation, `band key "${key}" is not NN:hex (see resolve's bandKeys)`);
  }
  return Number(match[1]) * 2 ** 32 + Number.parseInt(match[2]!, 16);
}
