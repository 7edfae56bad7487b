import { afterEach, describe, expect, it } from "vitest";
import { GET } from "@/app/api/health/route";
import { createPrisma } from "@/lib/db/client";

const holder = globalThis as { netdeskPrisma?: ReturnType<typeof createPrisma> };

describe("GET /api/health", () => {
  const original = holder.netdeskPrisma;
  afterEach(() => {
    holder.netdeskPrisma = original;
  });

  it("answers 200 with the database reachable", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", db: "ok" });
  });

  it("answers 503 when the database is unreachable", async () => {
    holder.netdeskPrisma = createPrisma("postgresql://nobody:x@127.0.0.1:1/none");
    const response = await GET();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "error", db: "unreachable" });
  });
});
