import type { Metadata } from "next";
import Link from "next/link";
import { requireAdministrator } from "@/lib/auth/guards";
import { saveBranchAction } from "../actions";
import { BranchForm } from "../branch-form";

export const metadata: Metadata = { title: "支店の登録" };

export default async function NewBranchPage() {
  await requireAdministrator();
  return (
    <main>
      <p>
        <Link href="/admin/branches">← 支店マスタ</Link>
      </p>
      <h1>支店の登録</h1>
      <div className="panel">
        <BranchForm action={saveBranchAction} />
      </div>
    </main>
  );
}
