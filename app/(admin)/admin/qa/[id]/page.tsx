import type { Metadata } from "next";
import Link from "next/link";
import { requireAdministrator } from "@/lib/auth/guards";
import { orNotFound } from "@/lib/http/or-not-found";
import { getQaEntry } from "@/lib/server/qa/get-qa-entry";
import { listQaEntries } from "@/lib/server/qa/list-qa-entries";
import { saveQaEntryAction } from "../actions";
import { QaEntryForm } from "../qa-entry-form";

export const metadata: Metadata = { title: "質問の編集" };

export default async function EditQaEntryPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireAdministrator();
  const { id } = await params;
  const [entry, all] = await Promise.all([orNotFound(getQaEntry({ actor, id })), listQaEntries({ actor })]);
  return (
    <main>
      <p>
        <Link href="/admin/qa">← Q&amp;Aの編集</Link>
      </p>
      <h1>質問の編集</h1>
      <div className="panel">
        <QaEntryForm entry={entry} action={saveQaEntryAction} categories={[...new Set(all.map((e) => e.category))]} />
      </div>
    </main>
  );
}
