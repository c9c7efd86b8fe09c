import ipaddr from 'ipaddr.js';

/**
 * Whether a resolved address may be fetched: only global unicast addresses, so that a shared
 * server cannot be turned against its own network ("http://169.254.169.254/latest/meta-data" is
 * the cloud metadata service; "http://[::ffff:127.0.0.1]" is loopback in IPv6 clothing).
 *
 * Returns null when the address is allowed, else the name of the range that refuses it.
 * Anything ipaddr.js does not call `unicast` is refused (private, loopback, link-local,
 * unique-local, unspecified, carrier-grade NAT, multicast, reserved, broadcast, tunnels that embed
 * an IPv4 address, documentation ranges).
 */
export function refusedRange(address: string): string | null {
  if (!ipaddr.isValid(address)) return 'not an IP address';
  // process() turns an IPv4-mapped IPv6 address ("::ffff:10.0.0.1") into the IPv4 one it carries
  const parsed = ipaddr.process(address);
  const range = parsed.range();
  return range === 'unicast' ? null : range;
}

/** The address as a URL's host: IPv6 in brackets, IPv4 as it is. */
export function isIpLiteral(hostname: string): boolean {
  return ipaddr.isValid(hostname.replace(/^\[|\]$/g, ''));
}
