/** A document's id: the SHA-256 of its text, so the same content read twice is one document. */
import { createHash } from 'node:crypto';

export function documentId(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
