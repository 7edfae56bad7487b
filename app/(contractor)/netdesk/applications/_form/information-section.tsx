"use client";
// 4. インフォメーション: where the application goes and how the certificate comes back.
import { useFormContext, useWatch } from "react-hook-form";
import { tidyPhoneInput } from "@/lib/domain/phone-number";
import { tidyPostalCodeInput } from "@/lib/domain/postal-code";
import type { TApplicationFormValues } from "@/lib/schemas/application";
import { RECEIVE_METHOD_LABEL, VISIT_HOURS, WANTED_LABEL } from "@/lib/domain/application-labels";
import { ChoiceGroup, DateField, LockedField, SelectField, TextAreaField, TextField } from "./fields";
import { optionsOf } from "./guarantee-section";
import { SectionFrame } from "./section-frame";

const hyphenateSevenDigits = (v: string) => (/^\d{7}$/.test(v.normalize("NFKC").trim()) ? tidyPostalCodeInput(v) : v);

type Branch = { id: string; name: string };

/** `lockedBranch`: a returned application goes back to the branch that returned it (isBranchLocked). */
export function InformationSection({ branches, lockedBranch }: { branches: Branch[]; lockedBranch: Branch | null }) {
  const { control } = useFormContext<TApplicationFormValues>();
  const receiveMethod = useWatch({ control, name: "receiveMethod" });
  return (
    <SectionFrame section="information">
      <h3>申込送信先、保証証書受取</h3>
      {lockedBranch ? (
        <LockedField
          name="branchId"
          text={lockedBranch.name}
          note={<p className="muted field__note">差戻しされた申込は、差し戻した{lockedBranch.name}に送信されます（申込送信先は変更できません）。</p>}
        />
      ) : (
        <SelectField name="branchId" required options={branches.map((b) => ({ value: b.id, label: b.name }))} />
      )}
      <ChoiceGroup name="receiveMethod" required options={optionsOf(RECEIVE_METHOD_LABEL)} />
      {receiveMethod === "MAIL" && <DateField name="receiveDesiredDate" note={<p className="muted field__note">この日までの到着を希望する場合に入力します。</p>} />}
      {receiveMethod === "COUNTER" && (
        <>
          <DateField name="visitDate" required />
          <SelectField name="visitHour" required options={VISIT_HOURS.map((h) => ({ value: String(h), label: `${h}時ごろ` }))} />
        </>
      )}
      <ChoiceGroup
        name="completionMailWanted"
        required
        options={optionsOf(WANTED_LABEL)}
        note={<p className="muted field__note">※「希望する」場合、弊社手続き完了後にメールを送信します。</p>}
      />
      <TextField name="notificationEmail" required type="email" inputMode="email" size="l" autoComplete="email" tidy={(v) => v.normalize("NFKC").trim()} />
      <fieldset className="field-group">
        <legend>保証証書送付先</legend>
        <TextField name="shipToName" required={receiveMethod === "MAIL"} size="l" />
        <TextField name="shipToPostalCode" required={receiveMethod === "MAIL"} inputMode="numeric" size="s" autoComplete="postal-code" convert={hyphenateSevenDigits} />
        <TextField name="shipToAddress" required={receiveMethod === "MAIL"} size="l" />
      </fieldset>
      <fieldset className="field-group">
        <legend>連絡先</legend>
        <TextField name="contactDepartment" />
        <TextField name="contactTitle" />
        <TextField name="contactName" />
        <TextField name="contactPhone" type="tel" inputMode="tel" autoComplete="tel" tidy={tidyPhoneInput} />
      </fieldset>
      <TextAreaField name="customerMessage" />
    </SectionFrame>
  );
}
