// The source the throttles count: IPv4 as it is, IPv6 by its /64, IPv4-mapped IPv6 as IPv4.
import { describe, expect, it } from "vitest";
import { throttleSourceOf } from "@/lib/domain/throttle-source";

describe("throttleSourceOf", () => {
  it("keeps an IPv4 address (without leading zeros)", () => {
    expect(throttleSourceOf("192.0.2.1")).toBe("192.0.2.1");
    expect(throttleSourceOf(" 192.000.002.010 ")).toBe("192.0.2.10");
  });

  it("counts every IPv6 address of one /64 as one source, however it is written", () => {
    const sources = ["2001:db8:1:2::1", "2001:0DB8:0001:0002:ffff:ffff:ffff:ffff", "[2001:db8:1:2:3:4:5:6]", "2001:db8:1:2::1%eth0", "2001:db8:1:2:0:0:10.0.0.1"];
    expect(new Set(sources.map(throttleSourceOf))).toEqual(new Set(["2001:db8:1:2::/64"]));
    expect(throttleSourceOf("2001:db8:1:3::1")).toBe("2001:db8:1:3::/64");
    expect(throttleSourceOf("::1")).toBe("0:0:0:0::/64");
    expect(throttleSourceOf("fe80::")).toBe("fe80:0:0:0::/64");
  });

  it("reads an IPv4-mapped IPv6 address as its IPv4 address", () => {
    expect(throttleSourceOf("::ffff:192.0.2.1")).toBe("192.0.2.1");
    expect(throttleSourceOf("::ffff:c000:201")).toBe("192.0.2.1");
  });

  it("leaves what is not an address as it is", () => {
    for (const text of ["unknown", "1:2:3", "1::2::3", "2001:db8:1:2:3:4:5:6:7", "999.1.1.1", "12345::"]) {
      expect(throttleSourceOf(text)).toBe(text);
    }
  });
});
