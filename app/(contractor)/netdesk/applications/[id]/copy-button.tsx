import { copyApplicationAction } from "../_actions/copy-application-action";

/** コピーして新規作成: a small form, so it works without JavaScript and from the keyboard. */
export function CopyButton({ sourceId, label = "コピーして新規作成" }: { sourceId: string; label?: string }) {
  return (
    <form action={copyApplicationAction} className="inline-form">
      <input type="hidden" name="sourceId" value={sourceId} />
      <button type="submit" className="button button--secondary button--small">
        {label}
      </button>
    </form>
  );
}
