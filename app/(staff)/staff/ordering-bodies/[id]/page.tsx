import type { Metadata } from "next";
import Link from "next/link";
import { requireStaff } from "@/lib/auth/guards";
import { orNotFound } from "@/lib/http/or-not-found";
import { getOrderingBody } from "@/lib/server/master-data/get-ordering-body";
import { saveOrderingBodyAction } from "../actions";
import { OrderingBodyForm } from "../ordering-body-form";

export const metadata: Metadata = { title: "発注者の編集" };

export default async function EditOrderingBodyPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireStaff();
  const { id } = await params;
  const body = await orNotFound(getOrderingBody({ actor, id }));
  return (
    <main>
      <p>
        <Link href="/staff/ordering-bodies">← 発注者マスタ</Link>
      </p>
      <h1>発注者の編集（{body.name}）</h1>
      <div className="panel">
        <OrderingBodyForm body={body} action={saveOrderingBodyAction} />
      </div>
    </main>
  );
}
