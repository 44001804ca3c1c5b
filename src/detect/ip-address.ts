/**
 * Internet addresses (IPv4 and IPv6), one of the HIPAA Safe Harbor identifiers: a public address
 * in a message log or an abuse report points at one household's connection. Addresses that never
 * leave a home or an office network (192.168.x.x, 10.x.x.x, loopback, documentation ranges) point at
 * nobody and are left alone, so a post explaining how to reset a router is not flagged.
 */
import net from 'node:net';
import type { Candidate, Recognizer } from './types.js';
import { matchesOf } from './util.js';

const IPV4 = /(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w]|\.\d)/g;
/** Eight groups, or fewer with "::"; validated by node:net, so times such as 10:45 never pass. */
const IPV6 = /(?<![\w:])(?:[0-9A-Fa-f]{1,4}:){1,7}(?::|(?::[0-9A-Fa-f]{1,4}){1,7}|[0-9A-Fa-f]{1,4})(?![\w:])/g;

/** Dotted numbers that are versions or section numbers: "version 2.10.3.1", "section 4.2.1.3". */
const NOT_AN_ADDRESS_BEFORE = /\b(?:v|version|release|build|update|section|chapter|clause|para(?:graph)?|step|rule|standard|regulation|item|figure|table)\.?(?:\s+(?:is|was|number|no\.?))?\s*$/i;

/** Ranges that are not routable on the internet, or reserved for examples (RFC 1918, 5737, 6598, 4193, 3849). */
const NOT_PUBLIC = new net.BlockList();
for (const [address, prefix] of [['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.0.2.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24], ['203.0.113.0', 24], ['224.0.0.0', 3]] as const) {
  NOT_PUBLIC.addSubnet(address, prefix, 'ipv4');
}
for (const [address, prefix] of [['::', 127], ['fc00::', 7], ['fe80::', 10], ['2001:db8::', 32], ['ff00::', 8]] as const) {
  NOT_PUBLIC.addSubnet(address, prefix, 'ipv6');
}

export const ipAddress: Recognizer = {
  id: 'ip-address',
  category: 'id',
  description: 'Public internet (IP) addresses',
  detect({ text }) {
    return [...matchesOf(text, IPV4), ...matchesOf(text, IPV6)].flatMap((m): Candidate[] => {
      const family = net.isIP(m[0]);
      if (!family || NOT_AN_ADDRESS_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index)) || NOT_PUBLIC.check(m[0], family === 4 ? 'ipv4' : 'ipv6')) return [];
      return [{
        start: m.index, end: m.index + m[0].length, category: 'id', severity: 'high',
        message: `An internet address ("${m[0]}") can be traced to one household's or one workplace's connection`,
        hint: 'Remove the address; "from her home connection" is enough.',
      }];
    });
  },
};
