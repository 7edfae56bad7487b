"use client";
// 発注者名: typed to search among the registered ordering bodies (a native combobox with a list),
// and kept in the form as the chosen body's id.
import { useEffect, useState } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import type { TApplicationFormValues } from "@/lib/schemas/application";
import { APPLICATION_LABELS } from "@/lib/domain/application-labels";
import type { OrderingBodyRule } from "@/lib/schemas/application-rules";
import { FieldRow } from "@/components/form/field-parts";
import { useControlProps } from "@/components/form/field-ids";
import { HELP_TEXTS } from "./help-texts";

export function OrderingBodyField({ orderingBodies }: { orderingBodies: OrderingBodyRule[] }) {
  const form = useFormContext<TApplicationFormValues>();
  const id = useWatch({ control: form.control, name: "orderingBodyId" });
  const nameOf = (bodyId: string) => orderingBodies.find((b) => b.id === bodyId)?.name ?? "";
  const [text, setText] = useState(() => nameOf(id));
  const message = form.formState.errors.orderingBodyId?.message;
  const label = APPLICATION_LABELS.orderingBodyId;
  const help = HELP_TEXTS.orderingBodyId;

  // When the id changes from outside (クリア, 元に戻す), show its name.
  useEffect(() => {
    setText((current) => (orderingBodies.find((b) => b.name === current.trim())?.id === id ? current : nameOf(id)));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);

  const chosen = orderingBodies.find((b) => b.id === id);
  const control = useControlProps("orderingBodyId", { required: true, error: message, help: Boolean(help) });
  return (
    <FieldRow
      name="orderingBodyId"
      label={label}
      required
      help={help}
      message={message}
      note={
        chosen && (
          <p className="muted field__note">
            {chosen.eGuaranteeEnabled ? "電子保証に対応しています。" : "電子保証には対応していません（証書(紙)のみ）。"}
          </p>
        )
      }
      control={
        <>
          <input
            {...control}
            type="text"
            // `list` already makes it a combobox; an explicit role would also need aria-expanded/aria-controls.
            list="ordering-body-options"
            autoComplete="off"
            className="input--l"
            placeholder="入力して検索（例: 佐久市）"
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              const match = orderingBodies.find((b) => b.name === e.target.value.trim());
              form.setValue("orderingBodyId", match?.id ?? "", { shouldDirty: true, shouldValidate: form.formState.isSubmitted });
            }}
          />
          <datalist id="ordering-body-options">
            {orderingBodies.map((b) => (
              <option key={b.id} value={b.name} />
            ))}
          </datalist>
        </>
      }
    />
  );
}
