import { expect, it } from 'vitest';
import type { MergedEvent } from '../resolve/index.js';
import { distinctEventId } from './distinct-event-id.js';

const event = { id: 'aaaa', date: '2023-01', sources: [{ kind: 'article', ref: 'X' }] } as MergedEvent;

it('keeps a free id and derives a stable new one for a taken id', async () => {
  expect(await distinctEventId(event, () => false)).toBe(event);
  const first = await distinctEventId(event, (id) => id === 'aaaa');
  expect(first.id).toMatch(/^[0-9a-f]{16}$/);
  expect(first.id).not.toBe('aaaa');
  expect((await distinctEventId(event, (id) => id === 'aaaa')).id).toBe(first.id);
  const second = await distinctEventId(event, (id) => id === 'aaaa' || id === first.id);
  expect(second.id).not.toBe(first.id);
});
