"use client";
// One of the form's four sections: its heading, its 「…をクリア」 button, and an undo for it
// (a cleared section can be brought back: nothing typed is lost by one wrong click).
import { useState } from "react";
import { useFormContext } from "react-hook-form";
import { EMPTY_APPLICATION_FORM, type TApplicationFormValues } from "@/lib/schemas/application";
import { APPLICATION_SECTIONS, type ApplicationSectionKey } from "@/lib/domain/application-labels";

export function SectionFrame({ section, children }: { section: ApplicationSectionKey; children: React.ReactNode }) {
  const form = useFormContext<TApplicationFormValues>();
  const { title, fields } = APPLICATION_SECTIONS[section];
  const [cleared, setCleared] = useState<Partial<TApplicationFormValues> | null>(null);
  const headingId = `section-${section}`;

  const set = (values: Partial<TApplicationFormValues>) => {
    for (const [field, value] of Object.entries(values)) {
      form.setValue(field as "projectName", value as string, { shouldDirty: true });
    }
    form.clearErrors(fields as unknown as (keyof TApplicationFormValues)[]);
  };

  const clear = () => {
    const before = Object.fromEntries(fields.map((f) => [f, form.getValues(f)])) as Partial<TApplicationFormValues>;
    set(Object.fromEntries(fields.map((f) => [f, EMPTY_APPLICATION_FORM[f]])));
    setCleared(before);
  };

  return (
    <section className="form-section panel" aria-labelledby={headingId}>
      <div className="form-section__head">
        <h2 id={headingId}>{title}</h2>
        <button type="button" className="button button--secondary button--small" onClick={clear}>
          {title}をクリア
        </button>
      </div>
      <div role="status" className="form-section__status">
        {cleared && (
          <>
            {title}をクリアしました。{" "}
            <button
              type="button"
              className="button--text"
              onClick={() => {
                set(cleared);
                setCleared(null);
              }}
            >
              元に戻す
            </button>
          </>
        )}
      </div>
      {children}
    </section>
  );
}
