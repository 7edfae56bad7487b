// One PrismaClient per process (kept on globalThis so dev reloads do not open new pools),
// created on first use so tests can point DATABASE_URL at their own database first.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "./generated/client";

const holder = globalThis as unknown as { netdeskPrisma?: PrismaClient };
// The pool rides on the client under a registered symbol: `npm start` loads this module twice (its own
// copy and the one in Next's server bundle) and either may have made the client on globalThis.
const POOL = Symbol.for("netdesk.pgPool");
type WithPool = PrismaClient & { [POOL]?: pg.Pool };

export function createPrisma(connectionString: string, max = 10): PrismaClient {
  // Prisma's pg adapter sends and reads timestamps as UTC wall-clock text without an offset, so a
  // session in any other time zone (a server set to Asia/Tokyo) would store every instant 9 hours off.
  // A server that does not answer (down, or a network that drops packets) fails a request after 5 s
  // instead of holding it open: the page shows its error, /api/health its 503.
  const pool = new pg.Pool({ connectionString, max, connectionTimeoutMillis: 5_000, options: "-c TimeZone=UTC" });
  // An idle connection closed by the server (a restart, or Ctrl-C reaching the embedded PostgreSQL
  // before the app) is dropped from the pool and reported, not thrown as an uncaught exception.
  pool.on("error", (error) => console.warn(`[db] 接続が切断されました: ${error.message}`));
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  (prisma as WithPool)[POOL] = pool;
  return prisma;
}

/**
 * The pg pool under a client made by createPrisma, for the one statement that is answered faster than
 * Prisma's raw-query path can carry it: the verification API's attempt (lib/server/verification/
 * verification-attempt.ts), where Prisma's own work was ~0.45 ms of CPU per request, a third of the
 * request. Everything else goes through Prisma.
 */
export function poolOf(prisma: PrismaClient): pg.Pool {
  const pool = (prisma as WithPool)[POOL];
  if (!pool) throw new Error("this PrismaClient was not made by createPrisma");
  return pool;
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
