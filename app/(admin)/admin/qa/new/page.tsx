import type { Metadata } from "next";
import Link from "next/link";
import { requireAdministrator } from "@/lib/auth/guards";
import { listQaEntries } from "@/lib/server/qa/list-qa-entries";
import { saveQaEntryAction } from "../actions";
import { QaEntryForm } from "../qa-entry-form";

export const metadata: Metadata = { title: "質問の登録" };

export default async function NewQaEntryPage() {
  const actor = await requireAdministrator();
  const categories = [...new Set((await listQaEntries({ actor })).map((e) => e.category))];
  return (
    <main>
      <p>
        <Link href="/admin/qa">← Q&amp;Aの編集</Link>
      </p>
      <h1>質問の登録</h1>
      <div className="panel">
        <QaEntryForm action={saveQaEntryAction} categories={categories} />
      </div>
    </main>
  );
}
