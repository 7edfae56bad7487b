// `npm run migrate`: brings the database at DATABASE_URL up to date (our migrations, then
// graphile-worker's schema) and exits. A deploy runs it once, on a direct connection, before new
// app instances start; they then find nothing left to apply.
import { migrate } from "@/lib/db/migrate";
import { migrateWorkerSchema } from "@/lib/db/migrate-worker";

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("[netdesk migrate] DATABASE_URL が必要です。");
    process.exit(1);
  }
  const applied = await migrate(url);
  await migrateWorkerSchema(url);
  console.log(`[netdesk migrate] ${applied.length ? `適用しました: ${applied.join(", ")}` : "適用するマイグレーションはありません。"}`);
}

main().catch((error) => {
  console.error("[netdesk migrate] 失敗しました:", error instanceof Error ? error.message : error);
  process.exit(1);
});
