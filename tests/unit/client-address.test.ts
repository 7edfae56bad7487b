// Behind a load balancer the address the balancer saw is used, not one the client wrote itself.
import type { Socket } from "node:net";
import { describe, expect, it } from "vitest";
import { clientAddress } from "@/lib/runtime/http-server";

const request = (forwarded?: string | string[]) => ({ headers: { "x-forwarded-for": forwarded }, socket: { remoteAddress: "10.0.0.5" } as Socket });

describe("clientAddress", () => {
  it("takes the entry the load balancer appended, ignoring what the client sent before it", () => {
    expect(clientAddress(request("198.51.100.7"), true)).toBe("198.51.100.7");
    expect(clientAddress(request("1.2.3.4, 198.51.100.7"), true)).toBe("198.51.100.7");
    expect(clientAddress(request(["1.2.3.4", "198.51.100.7 "]), true)).toBe("198.51.100.7");
  });

  it("uses the socket without a trusted proxy, or when the header is missing", () => {
    expect(clientAddress(request("1.2.3.4"), false)).toBe("10.0.0.5");
    expect(clientAddress(request(undefined), true)).toBe("10.0.0.5");
    expect(clientAddress(request(" , "), true)).toBe("10.0.0.5");
  });
});
