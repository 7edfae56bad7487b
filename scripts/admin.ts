// `npm run admin -- create --email admin@example.jp --name "本店 管理者"`: creates an administrator
// (本店の管理者) and prints a single-use set-password link, valid 72 hours. The way to the first
// account of a production database (DATABASE_URL), where nothing is seeded; in demo mode (no
// DATABASE_URL) it works on the database under DATA_DIR. Idempotent: run again, it changes nothing
// for an active administrator with a password, and issues a new link otherwise
// (lib/server/accounts/create-administrator.ts).
// `npm run admin -- seed-qa`: adds the first Q&A entries (lib/db/seed-qa.ts) that are not there yet; the
// administrators then edit them on /admin/qa.
import { parseArgs } from "node:util";
import { getPrisma } from "@/lib/db/client";
import { formatDateTimeJst } from "@/lib/domain/wareki";
import { isAppError } from "@/lib/errors";
import { openScriptDatabase } from "@/lib/runtime/script-database";
import { createAdministrator } from "@/lib/server/accounts/create-administrator";
import { seedQaEntries } from "@/lib/db/seed-qa";

const USAGE = "使い方: npm run admin -- create --email <メールアドレス> --name <氏名>　または　npm run admin -- seed-qa";
const log = (message: string) => console.error(`[netdesk admin] ${message}`);

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    args: process.argv.slice(2),
    allowPositionals: true,
    options: { email: { type: "string" }, name: { type: "string" } },
  });
  if (positionals[0] === "seed-qa" && positionals.length === 1) {
    const database = await openScriptDatabase(log);
    try {
      console.log(`Q&Aの質問を${await seedQaEntries(getPrisma())}件登録しました。`);
      return 0;
    } finally {
      await getPrisma().$disconnect();
      await database.stop();
    }
  }
  if (positionals[0] !== "create" || positionals.length !== 1 || !values.email || !values.name) {
    console.error(USAGE);
    return 2;
  }
  const database = await openScriptDatabase(log);
  try {
    const result = await createAdministrator({ input: { email: values.email, name: values.name } });
    if (result.outcome === "unchanged") {
      console.log(`${result.email} は既に有効な管理者です（変更はありません）。パスワードを忘れた場合は、ログイン画面の「パスワードをお忘れの方」から再設定してください。`);
    } else {
      console.log(result.outcome === "created" ? `管理者 ${result.email} を登録しました。` : `管理者 ${result.email} のパスワード設定用リンクを発行し直しました（以前のリンクは無効です）。`);
      console.log(`次のリンクからパスワードを設定してください（一度だけ有効、期限 ${formatDateTimeJst(result.expiresAt)}（日本時間））:`);
      console.log(result.url);
    }
    return 0;
  } catch (error) {
    if (!isAppError(error)) throw error;
    console.error(`${error.message}${Object.values(error.fieldErrors ?? {}).length ? `（${Object.values(error.fieldErrors ?? {}).join(" ")}）` : ""}`);
    return 1;
  } finally {
    await getPrisma().$disconnect();
    await database.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    log(`失敗しました: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
