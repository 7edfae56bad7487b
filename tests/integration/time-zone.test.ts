// A PostgreSQL whose time zone is Asia/Tokyo (as an office server often is) must store and return
// the same instants as one in UTC: Prisma's pg adapter writes timestamps as UTC wall-clock text, so
// lib/db/client.ts pins each session to UTC. Without that, this test sees instants 9 hours off.
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createPrisma } from "@/lib/db/client";

const url = process.env.DATABASE_URL!;
const admin = new pg.Client(url);
await admin.connect();
await admin.query(`ALTER DATABASE "${new URL(url).pathname.slice(1)}" SET timezone = 'Asia/Tokyo'`);
await admin.end();
const prisma = createPrisma(url); // new connections, so they start with the database's Asia/Tokyo setting

afterAll(() => prisma.$disconnect());

describe("a database server in Asia/Tokyo", () => {
  it("stores a written instant as that instant, and reads it back unchanged", async () => {
    const at = new Date("2026-11-23T09:00:00.000Z");
    const row = await prisma.verificationAttempt.create({ data: { contractNumber: "37071-00001A", ipAddress: "10.0.0.1", source: "10.0.0.1", succeeded: false, createdAt: at } });
    const [stored] = await prisma.$queryRaw<{ epoch: number }[]>`SELECT extract(epoch FROM "createdAt")::float8 AS epoch FROM "VerificationAttempt" WHERE id = ${row.id}`;
    expect(new Date(stored!.epoch * 1000).toISOString()).toBe(at.toISOString());
    expect((await prisma.verificationAttempt.findUniqueOrThrow({ where: { id: row.id } })).createdAt.toISOString()).toBe(at.toISOString());
  });

  it("reads an instant the database set itself (now()) as the present moment", async () => {
    const before = Date.now();
    const row = await prisma.verificationAttempt.create({ data: { contractNumber: "37071-00002B", ipAddress: "10.0.0.2", source: "10.0.0.2", succeeded: false } });
    expect(Math.abs(row.createdAt.getTime() - before)).toBeLessThan(60_000);
  });
});
