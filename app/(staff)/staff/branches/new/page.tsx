import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/action-form";
import { requireStaff } from "@/lib/auth/guards";
import { saveBranchAction } from "../actions";
import { branchFields } from "../fields";

export const metadata: Metadata = { title: "支店の登録" };

export default async function NewBranchPage() {
  await requireStaff();
  return (
    <main>
      <p>
        <Link href="/staff/branches">← 支店マスタ</Link>
      </p>
      <h1>支店の登録</h1>
      <div className="panel">
        <ActionForm action={saveBranchAction} submitLabel="登録する" fields={branchFields()} />
      </div>
    </main>
  );
}
