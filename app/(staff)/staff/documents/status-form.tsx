"use client";
import { ActionForm } from "@/components/form/action-form";
import { SelectField, TextField } from "@/components/form/inputs";
import { DOCUMENT_STATUS_LABEL } from "@/lib/domain/usage-plan-labels";
import { ZDocumentStatus } from "@/lib/schemas/document-upload";
import { setDocumentStatusAction } from "./actions";

const CHOICES = (["ACCEPTED", "REJECTED"] as const).map((value) => ({ value, label: DOCUMENT_STATUS_LABEL[value] }));

export function DocumentStatusForm({ documentId, fileName }: { documentId: string; fileName: string }) {
  return (
    <ActionForm
      schema={ZDocumentStatus}
      action={setDocumentStatusAction}
      hidden={{ documentId }}
      defaultValues={{ status: "", message: "" }}
      submitLabel="記録"
      buttonClassName="button button--small"
      submitAriaLabel={`${fileName} の受付を記録`}
      aria-label={`${fileName} の受付`}
      idPrefix={`doc-${documentId}-`}
    >
      <SelectField name="status" label="受付" options={CHOICES} />
      <TextField name="message" label="不備の内容" size="m" maxLength={500} />
    </ActionForm>
  );
}
