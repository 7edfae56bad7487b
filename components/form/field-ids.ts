"use client";
// The ids that tie a control to its label, message, hint and 「?」 help (aria-describedby). A form
// names its prefix (ActionForm's idPrefix, "field-" by default), so two forms on one page, such as
// the two 取消 forms, never share an id.
import { createContext, useContext } from "react";

export const FieldIdPrefix = createContext("field-");

export function fieldIds(prefix: string, name: string) {
  const control = `${prefix}${name}`;
  return { control, error: `${control}-error`, help: `${control}-help`, hint: `${control}-hint` };
}

export function useFieldIds(name: string) {
  return fieldIds(useContext(FieldIdPrefix), name);
}

/** The id and ARIA state every control of a field carries: its message first (read on focus), then hint and help. */
export function useControlProps(name: string, state: { required?: boolean; error?: string; hint?: boolean; help?: boolean }) {
  const ids = useFieldIds(name);
  const described = [state.error && ids.error, state.hint && ids.hint, state.help && ids.help].filter(Boolean);
  return {
    id: ids.control,
    "aria-required": state.required || undefined,
    "aria-invalid": state.error ? true : undefined,
    "aria-describedby": described.length ? described.join(" ") : undefined,
  } as const;
}
