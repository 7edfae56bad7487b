// The published OpenAPI description matches what the API really answers.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as openapi } from "@/app/api/v1/openapi.json/route";
import { POST } from "@/app/api/v1/verify/route";
import { getPrisma } from "@/lib/db/client";
import { seedDemoAccounts } from "@/lib/db/seed-demo";
import { issueTestGuarantees } from "../support/issued-guarantees";

type SchemaObject = { required?: string[]; properties?: Record<string, unknown> };

describe("/api/v1/openapi.json", () => {
  beforeAll(() => seedDemoAccounts(getPrisma()));

  it("is OpenAPI 3.1 and lists every field the 200 answer has, and no other", async () => {
    const doc = await openapi().json();
    expect(doc.openapi).toBe("3.1.0");
    const { guarantees } = await issueTestGuarantees();
    const g = guarantees[0]!;
    const response = await POST(
      new Request("http://localhost/api/v1/verify", { method: "POST", body: JSON.stringify({ contractNumber: g.contractNumber, authKey: g.authKey }) }),
    );
    const body = await response.json();
    const schemas = doc.components.schemas as Record<string, SchemaObject>;
    const keysOf = (name: string) => Object.keys(schemas[name]!.properties!).sort();
    expect(Object.keys(body).sort()).toEqual(keysOf("VerifyResponse"));
    expect(Object.keys(body.certificate).sort()).toEqual(keysOf("CertificateVersion"));
    expect(Object.keys(body.history[0]).sort()).toEqual(keysOf("CertificateVersion"));
    expect(Object.keys(body.signature).sort()).toEqual(keysOf("Signature"));
    for (const name of ["VerifyResponse", "CertificateVersion", "Signature"]) {
      expect(schemas[name]!.required!.sort()).toEqual(keysOf(name));
    }
  });
});
