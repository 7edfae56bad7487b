import type { Metadata } from "next";
import Link from "next/link";
import { requireAdministrator } from "@/lib/auth/guards";
import { saveOrderingBodyAction } from "../actions";
import { OrderingBodyForm } from "../ordering-body-form";

export const metadata: Metadata = { title: "発注者の登録" };

export default async function NewOrderingBodyPage() {
  await requireAdministrator();
  return (
    <main>
      <p>
        <Link href="/admin/ordering-bodies">← 発注者マスタ</Link>
      </p>
      <h1>発注者の登録</h1>
      <div className="panel">
        <OrderingBodyForm action={saveOrderingBodyAction} />
      </div>
    </main>
  );
}
