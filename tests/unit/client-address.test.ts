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

describe("clientIpFrom: only the address our own server set counts", () => {
  it("believes the address only with this process's proof, and says unknown otherwise", async () => {
    const { CLIENT_IP_HEADER, CLIENT_IP_PROOF_HEADER, clientIpFrom, ownServerClientIpHeaders, renewClientIpProof } = await import("@/lib/auth/client-ip");
    const own = ownServerClientIpHeaders("198.51.100.7");
    expect(clientIpFrom(new Headers(own))).toBe("198.51.100.7");
    expect(clientIpFrom(own)).toBe("198.51.100.7");
    expect(clientIpFrom(new Headers({ [CLIENT_IP_HEADER]: "198.51.100.7" }))).toBe("unknown");
    expect(clientIpFrom(new Headers({ [CLIENT_IP_HEADER]: "198.51.100.7", [CLIENT_IP_PROOF_HEADER]: "guessed" }))).toBe("unknown");
    // Another process (or a restart) has another proof.
    renewClientIpProof();
    expect(clientIpFrom(new Headers(own))).toBe("unknown");
  });
});
