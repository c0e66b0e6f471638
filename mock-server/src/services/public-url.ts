import net from 'node:net';

/**
 * Address ranges that are not the public Internet: this machine, private networks, carrier NAT,
 * link-local (cloud metadata at 169.254.169.254), documentation, benchmarking, multicast and
 * reserved ranges, and their IPv6 counterparts (IPv4-mapped addresses are checked as IPv4).
 */
const NOT_PUBLIC = new net.BlockList();
for (const [address, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  NOT_PUBLIC.addSubnet(address, prefix, 'ipv4');
}
for (const [address, prefix] of [
  ['::', 96], // unspecified, loopback and IPv4-compatible (deprecated)
  ['64:ff9b::', 96], // NAT64: an IPv4 address behind it
  ['100::', 64], // discard
  ['2001::', 23], // IETF protocol assignments (Teredo, ORCHID…)
  ['2001:db8::', 32], // documentation
  ['2002::', 16], // 6to4: an IPv4 address inside
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated)
  ['ff00::', 8], // multicast
] as const) {
  NOT_PUBLIC.addSubnet(address, prefix, 'ipv6');
}

/** Names that never reach the public Internet (RFC 6761, 6762, 8375 and common private suffixes). */
const PRIVATE_SUFFIXES = ['localhost', 'local', 'internal', 'intranet', 'lan', 'home', 'corp', 'private', 'home.arpa', 'test', 'invalid', 'example', 'onion'];

export type PublicUrlCheck = { ok: true; url: string } | { ok: false; reason: string };

/**
 * A link we may publish for others to open (Open311's `media_url`): `https`, no user name or
 * password, the default port, and a host on the public Internet: a name with a public suffix, or
 * an IP address outside every private, loopback, link-local and reserved range. The host is not
 * looked up: we only ever show the link, never fetch it.
 */
export function checkPublicHttpsUrl(text: string): PublicUrlCheck {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, reason: 'không phải địa chỉ web hợp lệ' };
  }
  if (url.protocol !== 'https:') return { ok: false, reason: 'chỉ nhận địa chỉ https://' };
  if (url.username || url.password) return { ok: false, reason: 'không được chứa tên đăng nhập hay mật khẩu' };
  if (url.port !== '') return { ok: false, reason: 'không được ghi cổng riêng' };
  const host = url.hostname.replace(/\.$/, '').toLowerCase();
  const bare = host.startsWith('[') ? host.slice(1, -1) : host;
  const family = net.isIP(bare);
  if (family !== 0) {
    return NOT_PUBLIC.check(bare, family === 4 ? 'ipv4' : 'ipv6')
      ? { ok: false, reason: 'địa chỉ IP nội bộ hoặc dành riêng, không công khai' }
      : { ok: true, url: url.toString() };
  }
  if (!host.includes('.')) return { ok: false, reason: 'tên máy không phải tên miền công khai' };
  if (PRIVATE_SUFFIXES.some((suffix) => host === suffix || host.endsWith(`.${suffix}`))) {
    return { ok: false, reason: 'tên miền nội bộ, không công khai' };
  }
  return { ok: true, url: url.toString() };
}
