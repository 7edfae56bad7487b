// The source a throttle counts: an IPv4 address as it is, an IPv6 address by its /64 prefix (one
// subscriber usually holds a whole /64, so counting single IPv6 addresses would let one client take
// 2^64 turns). An IPv4-mapped IPv6 address (::ffff:192.0.2.1) is its IPv4 address. Anything that is
// not an address (e.g. "unknown") is its own source. Pure, so the SQL throttles get it ready-made.

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

function ipv4Octets(text: string): number[] | null {
  const m = IPV4.exec(text);
  if (!m) return null;
  const octets = m.slice(1).map(Number);
  return octets.every((o) => o <= 255) ? octets : null;
}

/** The eight 16-bit groups of an IPv6 address, or null when the text is not one. */
function ipv6Groups(address: string): number[] | null {
  let text = address;
  // A dotted IPv4 tail (::ffff:192.0.2.1, 64:ff9b::192.0.2.1) is the last two groups.
  const lastColon = text.lastIndexOf(":");
  const v4 = ipv4Octets(text.slice(lastColon + 1));
  if (v4) text = `${text.slice(0, lastColon + 1)}${((v4[0]! << 8) | v4[1]!).toString(16)}:${((v4[2]! << 8) | v4[3]!).toString(16)}`;
  const halves = text.split("::");
  if (halves.length > 2) return null;
  const parse = (part: string) => (part === "" ? [] : part.split(":"));
  const head = parse(halves[0]!);
  const tail = halves.length === 2 ? parse(halves[1]!) : [];
  if (![...head, ...tail].every((g) => /^[0-9a-f]{1,4}$/.test(g))) return null;
  const written = head.length + tail.length;
  if (halves.length === 1 ? written !== 8 : written > 7) return null;
  const zeros = Array<number>(8 - written).fill(0);
  return [...head, ...zeros.map(String), ...tail].map((g) => parseInt(g, 16));
}

export function throttleSourceOf(address: string): string {
  const text = address.trim().toLowerCase().replace(/^\[(.*)\]$/, "$1").replace(/%.*$/, "");
  if (ipv4Octets(text)) return text.split(".").map(Number).join(".");
  if (!text.includes(":")) return text;
  const groups = ipv6Groups(text);
  if (!groups) return text;
  const mapped = groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff;
  if (mapped) return [groups[6]! >> 8, groups[6]! & 0xff, groups[7]! >> 8, groups[7]! & 0xff].join(".");
  return `${groups.slice(0, 4).map((g) => g.toString(16)).join(":")}::/64`;
}
