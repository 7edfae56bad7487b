// One PrismaClient per process (kept on globalThis so dev reloads do not open new pools),
// created on first use so tests can point DATABASE_URL at their own database first.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";

const holder = globalThis as unknown as { netdeskPrisma?: PrismaClient };

export function createPrisma(connectionString: string, max = 10): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max }) });
}

export function getPrisma(): PrismaClient {
  if (!holder.netdeskPrisma) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL が設定されていません");
    holder.netdeskPrisma = createPrisma(url, Number(process.env.DATABASE_POOL_SIZE ?? 10));
  }
  return holder.netdeskPrisma;
}

export * from "./generated/client";
