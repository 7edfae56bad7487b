import { getPrisma } from "@/lib/db/client";

const TIMEOUT_MS = 2000;

/** True when PostgreSQL answers a trivial query within TIMEOUT_MS. */
export async function checkDatabase(): Promise<boolean> {
  try {
    const query = getPrisma().$queryRaw`SELECT 1`;
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timeout")), TIMEOUT_MS));
    await Promise.race([query, timeout]);
    return true;
  } catch {
    return false;
  }
}
