"use client";
// The errors summarised at the top, each a link that moves focus to its field.
import { fieldLabelInContext, type ApplicationField } from "@/lib/domain/application-labels";
import { fieldIds } from "@/components/form/field-ids";

const fieldId = (name: string) => fieldIds("field-", name).control;

export function ErrorSummary({ errors, formError }: { errors: [ApplicationField, string][]; formError: string | null }) {
  if (errors.length === 0 && !formError) return null;
  return (
    <div className="alert alert--error error-summary" role="alert" tabIndex={-1}>
      <p className="error-summary__title">{formError ?? "入力内容に誤りがあります。"}</p>
      {errors.length > 0 && (
        <ul>
          {errors.map(([field, message]) => (
            <li key={field}>
              <a
                href={`#${fieldId(field)}`}
                onClick={(e) => {
                  const target = document.getElementById(fieldId(field));
                  if (!target) return;
                  e.preventDefault();
                  target.focus();
                  target.scrollIntoView({ block: "center" });
                }}
              >
                {message.startsWith(fieldLabelInContext(field)) ? message : `${fieldLabelInContext(field)}: ${message}`}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
