import type { ActionResult } from "@/lib/action-result";

/** The outcome of an action above its form: success in blue, failure in red (announced to screen readers). */
export function FormMessage({ result }: { result: ActionResult<unknown> }) {
  if (result.status === "idle" || !result.message) return null;
  const ok = result.status === "ok";
  return (
    <div className={`alert ${ok ? "alert--info" : "alert--error"}`} role={ok ? "status" : "alert"} tabIndex={-1}>
      {result.message}
    </div>
  );
}
