/**
 * Which network addresses a fetch may connect to. Private, loopback, link-local, unique-local and
 * unspecified addresses are refused unless the user allows them (`--allow-private`), so that a URL in a
 * feed or a redirect cannot make the server read its own network. The check runs on the address the
 * socket is about to use, after DNS resolution, so a name that resolves (or re-resolves) to a private
 * address is refused as well.
 */
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { BlockList, isIP } from 'node:net';

const refused: { subnet: string; prefix: number; family: 'ipv4' | 'ipv6'; kind: string }[] = [
  { subnet: '0.0.0.0', prefix: 8, family: 'ipv4', kind: 'unspecified' },
  { subnet: '10.0.0.0', prefix: 8, family: 'ipv4', kind: 'private' },
  { subnet: '100.64.0.0', prefix: 10, family: 'ipv4', kind: 'shared (carrier-grade NAT)' },
  { subnet: '127.0.0.0', prefix: 8, family: 'ipv4', kind: 'loopback' },
  { subnet: '169.254.0.0', prefix: 16, family: 'ipv4', kind: 'link-local' },
  { subnet: '172.16.0.0', prefix: 12, family: 'ipv4', kind: 'private' },
  { subnet: '192.168.0.0', prefix: 16, family: 'ipv4', kind: 'private' },
  { subnet: '224.0.0.0', prefix: 4, family: 'ipv4', kind: 'multicast' },
  { subnet: '240.0.0.0', prefix: 4, family: 'ipv4', kind: 'reserved' },
  { subnet: '::', prefix: 128, family: 'ipv6', kind: 'unspecified' },
  { subnet: '::1', prefix: 128, family: 'ipv6', kind: 'loopback' },
  { subnet: 'fe80::', prefix: 10, family: 'ipv6', kind: 'link-local' },
  { subnet: 'fc00::', prefix: 7, family: 'ipv6', kind: 'unique-local' },
  { subnet: 'ff00::', prefix: 8, family: 'ipv6', kind: 'multicast' },
];

const lists = refused.map((range) => {
  const list = new BlockList();
  list.addSubnet(range.subnet, range.prefix, range.family);
  return { list, kind: range.kind };
});

/** Thrown (inside the connect step) when a host resolves to an address the policy refuses. */
export class PrivateAddressError extends Error {
  override name = 'PrivateAddressError';
  constructor(
    readonly host: string,
    readonly address: string,
    readonly kind: string,
  ) {
    super(
      host === address
        ? `${address} is a ${kind} address`
        : `${host} resolves to ${address}, a ${kind} address`,
    );
  }
}

/**
 * The kind of a refused address ("loopback", "private", …), or null when it may be fetched.
 * IPv4-mapped IPv6 addresses (::ffff:127.0.0.1) are checked as the IPv4 address they carry.
 */
export function refusedAddressKind(address: string): string | null {
  const bare = address.replace(/^\[|\]$/g, '');
  const family = isIP(bare);
  if (family === 0) return null;
  const type = family === 4 ? 'ipv4' : 'ipv6';
  for (const { list, kind } of lists) if (list.check(bare, type)) return kind;
  return null;
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * A `dns.lookup` replacement for `net.connect({ lookup })` that fails with PrivateAddressError when any
 * address the name resolves to is refused. Node calls it with `all: true` when it races IPv4 and IPv6.
 */
export function guardedLookup(hostname: string, options: LookupOptions, callback: LookupCallback): void {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, []);
    for (const { address } of addresses) {
      const kind = refusedAddressKind(address);
      if (kind) return callback(new PrivateAddressError(hostname, address, kind), []);
    }
    if (options.all) return callback(null, addresses);
    const first = addresses[0];
    if (!first)
      return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), []);
    callback(null, first.address, first.family);
  });
}
