import { checkDatabase } from "@/lib/server/health/check-database";

export const dynamic = "force-dynamic";

export async function GET() {
  const db = await checkDatabase();
  return Response.json({ status: db ? "ok" : "error", db: db ? "ok" : "unreachable" }, { status: db ? 200 : 503 });
}
