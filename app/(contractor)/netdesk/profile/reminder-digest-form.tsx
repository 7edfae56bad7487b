"use client";
import { ActionForm, type FormAction } from "@/components/form/action-form";
import { CheckboxField } from "@/components/form/inputs";
import { ZReminderDigest } from "@/lib/schemas/reminder";

/** 保証申込のお勧め: the weekly mail to the company's 代表メールアドレス, on or off. */
export function ReminderDigestForm({ wanted, email, action }: { wanted: boolean; email: string; action: FormAction }) {
  return (
    <ActionForm schema={ZReminderDigest} action={action} defaultValues={{ reminderDigestWanted: wanted }} submitLabel="保存する" aria-label="保証申込のお勧めのメール">
      <CheckboxField name="reminderDigestWanted" label="保証申込のお勧めを毎週メールで受け取る" hint={`毎週月曜日の朝、お勧めがあるときだけ ${email} へお送りします。`} />
    </ActionForm>
  );
}
