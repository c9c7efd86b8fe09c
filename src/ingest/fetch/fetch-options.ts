import { lookup } from 'node:dns/promises';
import { DEFAULT_LIMITS } from '../options.js';
import { refusedRange } from './address-policy.js';

export interface ResolvedAddress {
  readonly address: string;
  readonly family: 4 | 6;
}

/** Host name → every address it resolves to (injected in tests: no test asks a real DNS server). */
export type Resolver = (hostname: string) => Promise<readonly ResolvedAddress[]>;

export interface FetchOptions {
  /** Fetch private, loopback, link-local and unique-local addresses too (`--allow-private`). */
  readonly allowPrivate: boolean;
  /** Sent as User-Agent; its first word is the token looked up in robots.txt. */
  readonly userAgent: string;
  readonly connectTimeoutMs: number;
  readonly totalTimeoutMs: number;
  readonly maxBytes: number;
  readonly maxRedirects: number;
  readonly respectRobots: boolean;
  readonly resolve: Resolver;
  /**
   * Null when an address may be fetched, else the name of the range that refuses it. The real
   * policy (address-policy.ts) unless a test narrows it to tell two loopback addresses apart.
   */
  readonly refuse: (address: string) => string | null;
}

/** The token robots.txt groups are matched against ("User-agent: claimgraph"). */
export const ROBOTS_TOKEN = 'claimgraph';

export const systemResolver: Resolver = async (hostname) =>
  (await lookup(hostname, { all: true, verbatim: true })).map(({ address, family }) => ({
    address,
    family: family === 6 ? 6 : 4,
  }));

export function defaultFetchOptions(version: string): FetchOptions {
  return {
    allowPrivate: false,
    userAgent: `${ROBOTS_TOKEN}/${version} (news article extraction; obeys robots.txt)`,
    connectTimeoutMs: 10_000,
    totalTimeoutMs: 30_000,
    maxBytes: DEFAULT_LIMITS.maxInputBytes,
    maxRedirects: 5,
    respectRobots: true,
    resolve: systemResolver,
    refuse: refusedRange,
  };
}
