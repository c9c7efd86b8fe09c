import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { refusedRange } from './address-policy.js';

describe('refusedRange', () => {
  const cases: { address: string; range: string | null }[] = [
    { address: '93.184.216.34', range: null },
    { address: '2606:2800:220:1:248:1893:25c8:1946', range: null },
    { address: '127.0.0.1', range: 'loopback' },
    { address: '127.8.9.10', range: 'loopback' },
    { address: '10.1.2.3', range: 'private' },
    { address: '172.16.0.1', range: 'private' },
    { address: '192.168.1.1', range: 'private' },
    { address: '169.254.169.254', range: 'linkLocal' },
    { address: '0.0.0.0', range: 'unspecified' },
    { address: '100.64.0.1', range: 'carrierGradeNat' },
    { address: '224.0.0.1', range: 'multicast' },
    { address: '255.255.255.255', range: 'broadcast' },
    { address: '::1', range: 'loopback' },
    { address: '::', range: 'unspecified' },
    { address: 'fe80::1', range: 'linkLocal' },
    { address: 'fd00::1', range: 'uniqueLocal' },
    // IPv4-mapped IPv6: judged as the IPv4 address it carries
    { address: '::ffff:127.0.0.1', range: 'loopback' },
    { address: '::ffff:10.0.0.1', range: 'private' },
    { address: '::ffff:169.254.169.254', range: 'linkLocal' },
    { address: '::ffff:93.184.216.34', range: null },
    { address: 'localhost', range: 'not an IP address' },
  ];
  for (const { address, range } of cases) {
    it(`${address} → ${range ?? 'allowed'}`, () => assert.equal(refusedRange(address), range));
  }
});
