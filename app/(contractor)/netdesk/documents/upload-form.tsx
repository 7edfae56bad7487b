"use client";
// 書類送信: 添付先, 書類の種類, the file and a note. The shared form (ActionForm) with an action that posts
// the values and the file as multipart data to ./upload (a server action's body is capped at 1 MB).
import { useRouter } from "next/navigation";
import { ActionForm, CONNECTION_ERROR, type FormAction } from "@/components/form/action-form";
import { FileField, SelectField, TextAreaField } from "@/components/form/inputs";
import type { ActionResult } from "@/lib/action-result";
import { DOCUMENT_KINDS } from "@/lib/domain/enums";
import { DOCUMENT_KIND_LABEL } from "@/lib/domain/usage-plan-labels";
import { ZDocumentUpload } from "@/lib/schemas/document-upload";

type Group = { label: string; options: { value: string; label: string }[] };

async function post(values: unknown): Promise<ActionResult<{ id: string }>> {
  const fields = (values ?? {}) as Record<string, unknown>;
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (name === "file") {
      const file = value instanceof FileList ? value[0] : undefined;
      if (file) body.append("file", file);
    } else if (typeof value === "string") body.append(name, value);
  }
  try {
    const response = await fetch("/netdesk/documents/upload", { method: "POST", body });
    return (await response.json()) as ActionResult<{ id: string }>;
  } catch {
    return { status: "error", message: CONNECTION_ERROR, fieldErrors: {} };
  }
}

const uploadAction = ((...args: unknown[]) => post(args.length === 2 ? args[1] : args[0])) as FormAction<{ id: string }>;

export function DocumentUploadForm({ groups, defaultTarget }: { groups: Group[]; defaultTarget?: string }) {
  const router = useRouter();
  return (
    <div className="panel">
      <ActionForm
        schema={ZDocumentUpload}
        action={uploadAction}
        defaultValues={{ target: defaultTarget ?? "", kind: "", note: "" }}
        submitLabel="書類を送信する"
        pendingLabel="送信しています…"
        resetOnSuccess
        onSuccess={() => router.refresh()}
        layout="wide"
        aria-label="書類送信"
        idPrefix="document-"
      >
        <SelectField name="target" label="添付先" required groups={groups} hint="どの保証申込・保証・明細書の行の書類かを選んでください。" />
        <SelectField name="kind" label="書類の種類" required options={DOCUMENT_KINDS.map((value) => ({ value, label: DOCUMENT_KIND_LABEL[value] }))} />
        <FileField name="file" label="ファイル" required accept="application/pdf,image/jpeg,image/png" hint="PDF・JPEG・PNG、1ファイル10MBまで（ファイルの中身で判定します）。" />
        <TextAreaField name="note" label="備考" rows={2} maxLength={500} />
      </ActionForm>
    </div>
  );
}
