import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/action-form";
import { requireStaff } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { getOrderingBody } from "@/lib/server/master-data/get-ordering-body";
import { saveOrderingBodyAction } from "../actions";
import { orderingBodyFields } from "../fields";

export const metadata: Metadata = { title: "発注者の編集" };

export default async function EditOrderingBodyPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireStaff();
  const { id } = await params;
  const body = await getOrderingBody({ actor: user, id }).catch((e: unknown) => {
    if (e instanceof AppError && e.code === "NOT_FOUND") notFound();
    throw e;
  });
  return (
    <main>
      <p>
        <Link href="/staff/ordering-bodies">← 発注者マスタ</Link>
      </p>
      <h1>発注者の編集（{body.name}）</h1>
      <div className="panel">
        <ActionForm action={saveOrderingBodyAction} submitLabel="保存する" hidden={{ id: body.id }} fields={orderingBodyFields(body)} />
      </div>
    </main>
  );
}
