"use client";
// Copies the 認証キー. The Clipboard API needs a secure context (HTTPS or localhost); elsewhere the
// key text is selected so Ctrl+C copies it.
import { useState } from "react";

export function CopyKeyButton({ authKey }: { authKey: string }) {
  const [message, setMessage] = useState("");

  async function copy() {
    try {
      await navigator.clipboard.writeText(authKey);
      setMessage("コピーしました");
    } catch {
      const element = document.getElementById("gd-key-value");
      if (element) window.getSelection()?.selectAllChildren(element);
      setMessage("認証キーを選択しました。Ctrl+C でコピーしてください");
    }
  }

  return (
    <>
      <button type="button" className="button button--secondary" onClick={copy}>
        コピー
      </button>
      <span className="gd-copied" role="status" aria-live="polite">
        {message}
      </span>
    </>
  );
}
