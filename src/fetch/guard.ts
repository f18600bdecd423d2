/**
 * The address guard: pages, feeds and redirects are written by strangers, so a URL found in
 * them must not make copydesk talk to the network it runs in (a router's admin page, a cloud
 * metadata service at 169.254.169.254, a database on localhost).
 *
 * The check runs where the socket is opened, on the addresses DNS actually returned and on
 * the peer address once connected, so a name that resolves to a public address for one
 * lookup and to 127.0.0.1 for the next (DNS rebinding) is still refused.
 */
import { lookup as dnsLookup } from 'node:dns';
import type { LookupAddress, LookupOptions } from 'node:dns';
import { BlockList, isIP } from 'node:net';
import type { LookupFunction } from 'node:net';
import { buildConnector } from 'undici';
import { CopydeskError } from '../errors.js';

/** Ranges that are not the public internet (IANA special-purpose registries), with why. */
const BLOCKED_V4: readonly [string, number, string][] = [
  ['0.0.0.0', 8, '"this network", includes the unspecified 0.0.0.0'],
  ['10.0.0.0', 8, 'private'],
  ['100.64.0.0', 10, 'carrier-grade NAT, shared address space'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local, includes cloud metadata at 169.254.169.254'],
  ['172.16.0.0', 12, 'private'],
  ['192.0.0.0', 24, 'IETF protocol assignments'],
  ['192.0.2.0', 24, 'documentation (TEST-NET-1), never routed'],
  ['198.51.100.0', 24, 'documentation (TEST-NET-2), never routed'],
  ['203.0.113.0', 24, 'documentation (TEST-NET-3), never routed'],
  ['192.168.0.0', 16, 'private'],
  ['198.18.0.0', 15, 'benchmarking networks'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved, includes broadcast 255.255.255.255'],
];
const BLOCKED_V6: readonly [string, number, string][] = [
  ['::', 128, 'unspecified'],
  ['::1', 128, 'loopback'],
  ['fc00::', 7, 'unique-local'],
  ['fe80::', 10, 'link-local'],
  ['fec0::', 10, 'site-local (deprecated, still routed inside some networks)'],
  ['ff00::', 8, 'multicast'],
  ['64:ff9b:1::', 48, 'local-use NAT64 (RFC 8215): translates into the local network by definition'],
];
/**
 * IPv6 prefixes that carry an IPv4 address which is what really gets reached (through a
 * translator, a tunnel or the host's own stack): the embedded address must be public too.
 * `at` is the byte offset of the IPv4 address; `xor` is set where it is stored inverted.
 */
const EMBEDS_V4: readonly { net: string; prefix: number; at: number; xor?: true; why: string }[] = [
  { net: '::ffff:0:0', prefix: 96, at: 12, why: 'IPv4-mapped ::ffff:a.b.c.d' },
  { net: '::ffff:0:0:0', prefix: 96, at: 12, why: 'IPv4-translated ::ffff:0:a.b.c.d (SIIT, RFC 2765)' },
  { net: '::', prefix: 96, at: 12, why: 'IPv4-compatible ::a.b.c.d (deprecated, still accepted by some stacks)' },
  { net: '64:ff9b::', prefix: 96, at: 12, why: 'NAT64 well-known prefix (RFC 6052)' },
  { net: '2002::', prefix: 16, at: 2, why: '6to4: 2002:AABB:CCDD::/48 tunnels to a.b.c.d' },
  { net: '2001::', prefix: 32, at: 12, xor: true, why: 'Teredo: the client address is the last 32 bits inverted' },
];

function blockList(v4: readonly [string, number, string][], v6: readonly [string, number, string][]): BlockList {
  const list = new BlockList();
  for (const [net, prefix] of v4) list.addSubnet(net, prefix, 'ipv4');
  for (const [net, prefix] of v6) list.addSubnet(net, prefix, 'ipv6');
  return list;
}
const BLOCKED = blockList(BLOCKED_V4, BLOCKED_V6);
const EMBEDDING = EMBEDS_V4.map((e) => ({ ...e, list: blockList([], [[e.net, e.prefix, e.why]]) }));

/** The IPv4 address an IPv6 address hands the connection to, when it embeds one. */
export function embeddedIpv4(address: string): string | null {
  for (const e of EMBEDDING) {
    if (!e.list.check(address, 'ipv6')) continue;
    const b = ipv6Bytes(address);
    if (!b) return null;
    const byte = (k: number): number => ((b[e.at + k] ?? 0) ^ (e.xor ? 0xff : 0)) & 0xff;
    return `${byte(0)}.${byte(1)}.${byte(2)}.${byte(3)}`;
  }
  return null;
}

/**
 * Host names that can only name something inside a network: no public DNS answers for them,
 * so when one does resolve, a local resolver or a proxy resolved it inside. Refused even
 * through a proxy, where copydesk cannot see the address the proxy connects to. Suffixes
 * match the name itself and any name below it.
 */
const INTERNAL_SUFFIXES: readonly [string, string][] = [
  ['localhost', 'loopback by definition (RFC 6761)'],
  ['local', 'multicast DNS on the local link (RFC 6762)'],
  ['internal', 'private-use top-level name (ICANN, 2024); cloud metadata.google.internal, ec2.internal'],
  ['home.arpa', 'home networks (RFC 8375)'],
  ['corp', 'RFC 6762 appendix G: used on company networks, never delegated'],
  ['lan', 'RFC 6762 appendix G: home routers'],
  ['home', 'RFC 6762 appendix G: home routers'],
  ['intranet', 'RFC 6762 appendix G'],
  ['private', 'RFC 6762 appendix G'],
  ['localdomain', 'the default domain of /etc/hosts on many systems'],
  ['svc', 'Kubernetes service names (name.namespace.svc), resolved through search domains'],
];
/** Metadata services by name; single-label ones (metadata, instance-data) are refused as such. */
const INTERNAL_NAMES: readonly [string, string][] = [
  ['metadata.google.internal', 'GCP metadata service'],
];

/** Why a host name can only be internal, or null when it may be public. Single-label names
 * ("intranet", "metadata", "instance-data") resolve only through local search domains or
 * hosts files. Literal addresses are left to isBlockedAddress. */
export function internalName(hostname: string): string | null {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase().replace(/\.+$/, '');
  if (isIP(host)) return null;
  if (!host.includes('.')) return 'a single-label name, resolved only inside a network';
  for (const [name, why] of INTERNAL_NAMES) if (host === name) return why;
  for (const [suffix, why] of INTERNAL_SUFFIXES) if (host === suffix || host.endsWith(`.${suffix}`)) return `.${suffix}: ${why}`;
  return null;
}

/** Expands an IPv6 address (dotted tail allowed) to its 16 bytes; null when malformed. */
export function ipv6Bytes(address: string): Uint8Array | null {
  if (isIP(address) !== 6) return null;
  let text = address.toLowerCase();
  const tail: number[] = [];
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted?.[1]) {
    for (const part of dotted[1].split('.')) tail.push(Number(part));
    text = text.slice(0, -dotted[1].length) + '0:0';
  }
  const [head = '', rest] = text.split('::');
  const left = head ? head.split(':') : [];
  const right = rest ? rest.split(':') : [];
  const groups = rest === undefined ? left : [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  const bytes = new Uint8Array(16);
  groups.forEach((g, i) => {
    const n = parseInt(g || '0', 16);
    bytes[i * 2] = n >> 8;
    bytes[i * 2 + 1] = n & 0xff;
  });
  if (tail.length === 4) bytes.set(tail, 12);
  return bytes;
}

/** True when connecting to this literal address could reach a non-public network. */
export function isBlockedAddress(raw: string): boolean {
  const address = raw.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const family = isIP(address);
  if (family === 4) return BLOCKED.check(address, 'ipv4');
  // Anything that is not a literal address cannot be judged: refuse rather than guess.
  if (family !== 6) return true;
  if (BLOCKED.check(address, 'ipv6')) return true;
  const v4 = embeddedIpv4(address);
  return v4 !== null && BLOCKED.check(v4, 'ipv4');
}

export function internalNameError(host: string, why: string): CopydeskError {
  return new CopydeskError('BLOCKED_ADDRESS', `refused to connect to ${host}: an internal host name (${why}) (use --allow-private to permit)`);
}

export function blockedError(host: string, address: string): CopydeskError {
  const where = host === address ? address : `${host} (${address})`;
  return new CopydeskError('BLOCKED_ADDRESS', `refused to connect to ${where}: not a public address (use --allow-private to permit)`);
}

/** dns.lookup's shape with `all: true`; tests pass their own to play a rebinding DNS server. */
export type Resolver = (
  hostname: string,
  options: LookupOptions & { all: true },
  callback: (err: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void,
) => void;

/**
 * A drop-in for dns.lookup that fails when any address the name resolves to is blocked:
 * a public name that also answers with a private address is not one to trust.
 */
export function guardedLookupWith(resolve: Resolver): LookupFunction {
  return (hostname, options: LookupOptions, callback) => {
    resolve(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, '');
      const bad = addresses.find((a) => isBlockedAddress(a.address));
      if (bad) return callback(blockedError(hostname, bad.address), '');
      const first = addresses[0];
      if (!first) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), '');
      if (options.all) callback(null, addresses);
      else callback(null, first.address, first.family);
    });
  };
}

export const guardedLookup: LookupFunction = guardedLookupWith(dnsLookup);

/**
 * An undici connector that refuses blocked addresses: literal IPs before connecting,
 * names through guardedLookup, and the peer of the opened socket as a last check.
 */
export function guardedConnector(options: buildConnector.BuildOptions, resolve: Resolver = dnsLookup): buildConnector.connector {
  const connect = buildConnector({ ...options, lookup: guardedLookupWith(resolve) });
  return (target, callback) => {
    const host = target.hostname.replace(/^\[|\]$/g, '');
    if (isIP(host) && isBlockedAddress(host)) {
      callback(blockedError(host, host), null);
      return;
    }
    const internal = internalName(host);
    if (internal) {
      callback(internalNameError(host, internal), null);
      return;
    }
    connect(target, (...args) => {
      const [err, socket] = args;
      if (err || !socket) return callback(...args);
      const peer = socket.remoteAddress;
      if (peer && isBlockedAddress(peer)) {
        socket.destroy();
        return callback(blockedError(host, peer), null);
      }
      callback(null, socket);
    });
  };
}

/**
 * For requests sent through a proxy the proxy opens the socket, so the best copydesk can do
 * is judge the name and resolve it itself first. A name that can only be internal is refused;
 * any other name that does not resolve here is left to the proxy (networks that only resolve
 * names at the proxy are common), which may still resolve it to an inside address: that, the
 * guard cannot see (README, Politeness and safety).
 */
export async function checkHostBeforeProxy(hostname: string): Promise<void> {
  const host = hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) {
    if (isBlockedAddress(host)) throw blockedError(host, host);
    return;
  }
  const internal = internalName(host);
  if (internal) throw internalNameError(host, internal);
  const addresses = await new Promise<LookupAddress[]>((resolve) => {
    dnsLookup(host, { all: true }, (err, list) => resolve(err ? [] : list));
  });
  const bad = addresses.find((a) => isBlockedAddress(a.address));
  if (bad) throw blockedError(host, bad.address);
}
