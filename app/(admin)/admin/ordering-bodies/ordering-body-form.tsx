"use client";
import { ActionForm, type FormAction } from "@/components/form/action-form";
import { CheckboxField, SelectField, TextAreaField, TextField } from "@/components/form/inputs";
import { PREFECTURES } from "@/lib/domain/prefectures";
import { ZOrderingBody } from "@/lib/schemas/master-data";

type OrderingBody = {
  id: string; name: string; prefecture: string; eGuaranteeEnabled: boolean; keySubmissionEmail: string | null; keySubmissionDomains: string[]; keyEmailSubjectTemplate: string | null;
  advanceLimitNumerator: number; advanceLimitDenominator: number; contractMinNumerator: number; contractMinDenominator: number; active: boolean;
  usageOverheadAllowed: boolean; invoiceAddressee: string | null; invoiceStatement: string | null; invoiceWithKeyNotice: boolean;
};

const PREFECTURE_OPTIONS = PREFECTURES.map((p) => ({ value: p, label: p }));

/** 発注者マスタ: a new ordering body (limits default to 4/10 and 1/10) or an existing one. */
export function OrderingBodyForm({ body, action }: { body?: OrderingBody; action: FormAction }) {
  const defaults = {
    name: body?.name ?? "", prefecture: body?.prefecture ?? "", eGuaranteeEnabled: body?.eGuaranteeEnabled ?? false,
    keySubmissionEmail: body?.keySubmissionEmail ?? "", keySubmissionDomains: (body?.keySubmissionDomains ?? []).join("\n"), keyEmailSubjectTemplate: body?.keyEmailSubjectTemplate ?? "",
    advanceLimitNumerator: String(body?.advanceLimitNumerator ?? 4), advanceLimitDenominator: String(body?.advanceLimitDenominator ?? 10),
    contractMinNumerator: String(body?.contractMinNumerator ?? 1), contractMinDenominator: String(body?.contractMinDenominator ?? 10),
    active: body?.active ?? true,
    usageOverheadAllowed: body?.usageOverheadAllowed ?? false, invoiceAddressee: body?.invoiceAddressee ?? "", invoiceStatement: body?.invoiceStatement ?? "",
    invoiceWithKeyNotice: body?.invoiceWithKeyNotice ?? false,
  };
  return (
    <ActionForm schema={ZOrderingBody} action={action} hidden={body ? { id: body.id } : undefined} defaultValues={defaults} submitLabel={body ? "保存する" : "登録する"} aria-label="発注者">
      <TextField name="name" label="発注者名" required placeholder="佐久市" />
      <SelectField name="prefecture" label="都道府県" required options={PREFECTURE_OPTIONS} />
      <CheckboxField name="eGuaranteeEnabled" label="電子保証に対応している" />
      <TextField name="keySubmissionEmail" label="認証キーの提出先メールアドレス" type="email" size="l" hint="請負者が「発注者へ提出」で認証キーのお知らせを送る宛先です。" />
      <TextAreaField name="keySubmissionDomains" label="提出先として認めるメールドメイン" rows={3} placeholder="city.mishima.shizuoka.jp" hint="担当課のアドレスを契約ごとに指定する発注者のドメインを、1行に1つ入力します。「発注者へ提出」は上の提出先か、これらのドメインのアドレスにだけ送信できます。" />
      <TextField name="keyEmailSubjectTemplate" label="提出メールの件名" size="l" hint="指定がある場合のみ。例: 契約保証（又は前払金保証）にかかる認証キー【案件名】の提出について" />
      <TextField name="advanceLimitNumerator" label="前払金保証の上限（分子）" required size="xs" inputMode="numeric" />
      <TextField name="advanceLimitDenominator" label="前払金保証の上限（分母）" required size="xs" inputMode="numeric" />
      <TextField name="contractMinNumerator" label="契約保証の下限（分子）" required size="xs" inputMode="numeric" />
      <TextField name="contractMinDenominator" label="契約保証の下限（分母）" required size="xs" inputMode="numeric" />
      <CheckboxField name="usageOverheadAllowed" label="前払金の25%まで現場管理費・一般管理費等への使用を認める" hint="前払金使途内訳明細書に「現場管理費・一般管理費等」を計上できます（中間前払金には計上できません）。" />
      <TextField name="invoiceAddressee" label="前払金請求書の宛先" size="l" placeholder="長野県知事　〇〇 〇〇　様" hint="空欄なら「発注者名　様」と記載します。" />
      <TextField name="invoiceStatement" label="前払金請求書の文言" size="l" placeholder="下記工事の請負契約に基づき、前払金を下記のとおり請求します。" hint="請求金額の上に記載する文です。空欄なら標準の文言です。" />
      <CheckboxField name="invoiceWithKeyNotice" label="前払金請求書を認証キーのお知らせと同じメールで受け付ける" hint="「発注者へ提出」で前払金請求書の添付が最初から選ばれます。" />
      <CheckboxField name="active" label="有効（申込で選択できる）" />
    </ActionForm>
  );
}
