"use client";
import { ActionForm, type FormAction } from "@/components/form/action-form";
import { CheckboxField, SelectField, TextAreaField, TextField } from "@/components/form/inputs";
import { HELP_SCREEN_LABEL, HELP_SCREENS } from "@/lib/domain/help-screens";
import { ZQaEntry } from "@/lib/schemas/qa-entry";

type Entry = { id: string; category: string; question: string; answer: string; keywords: string; screen: string | null; sortOrder: number; published: boolean };

const SCREEN_OPTIONS = HELP_SCREENS.map((screen) => ({ value: screen, label: HELP_SCREEN_LABEL[screen] }));

/** Q&A: a new entry (no `entry`) or an existing one. */
export function QaEntryForm({ entry, action, categories }: { entry?: Entry; action: FormAction; categories: string[] }) {
  const defaults = {
    category: entry?.category ?? "", question: entry?.question ?? "", answer: entry?.answer ?? "", keywords: entry?.keywords ?? "",
    screen: entry?.screen ?? "", sortOrder: String(entry?.sortOrder ?? 100), published: entry?.published ?? true,
  };
  return (
    <ActionForm schema={ZQaEntry} action={action} hidden={entry ? { id: entry.id } : undefined} defaultValues={defaults} submitLabel={entry ? "保存する" : "登録する"} aria-label="Q&A">
      <TextField name="category" label="分類" required placeholder="保証申込について" hint={categories.length ? `登録済みの分類: ${categories.join("、")}` : undefined} />
      <TextField name="question" label="質問" required size="l" />
      <TextAreaField name="answer" label="回答" required rows={6} hint="改行はそのまま段落として表示されます。" />
      <TextField name="keywords" label="検索用の言い換え" size="l" hint="質問や回答にない言葉で探す人のための語を空白区切りで（例: 印鑑 はんこ）。" />
      <SelectField name="screen" label="関連する画面" options={SCREEN_OPTIONS} hint="その画面の「?」ヘルプとヘルプページから、この質問へリンクします。" />
      <TextField name="sortOrder" label="表示順" required size="xs" inputMode="numeric" hint="小さい順に表示します（0〜9999）。" />
      <CheckboxField name="published" label="公開する（Q&Aに表示する）" />
    </ActionForm>
  );
}
