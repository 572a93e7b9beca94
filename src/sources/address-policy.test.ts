import { describe, expect, it } from 'vitest';
import { guardedLookup, PrivateAddressError, refusedAddressKind } from './address-policy.js';

describe('refusedAddressKind', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['::1', 'loopback'],
    ['[::1]', 'loopback'],
    ['10.0.0.8', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['100.64.0.1', 'shared (carrier-grade NAT)'],
    ['169.254.169.254', 'link-local'],
    ['fe80::1', 'link-local'],
    ['fd12:3456::1', 'unique-local'],
    ['0.0.0.0', 'unspecified'],
    ['::', 'unspecified'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:a00:1', 'private'],
    ['224.0.0.1', 'multicast'],
  ])('%s is %s', (address, kind) => {
    expect(refusedAddressKind(address)).toBe(kind);
  });

  it.each(['8.8.8.8', '172.32.0.1', '100.128.0.1', '2606:4700::1111', '::ffff:8.8.8.8', 'example.com'])(
    '%s may be fetched',
    (address) => {
      expect(refusedAddressKind(address)).toBeNull();
    },
  );
});

describe('guardedLookup', () => {
  it('fails when a name resolves to a refused address, in both callback forms', async () => {
    for (const all of [false, true]) {
      const error = await new Promise((resolve) => guardedLookup('localhost', { all }, (e) => resolve(e)));
      expect(error).toBeInstanceOf(PrivateAddressError);
      expect((error as PrivateAddressError).message).toMatch(
        /^localhost resolves to (127\.0\.0\.1|::1), a loopback address$/,
      );
    }
  });
});
