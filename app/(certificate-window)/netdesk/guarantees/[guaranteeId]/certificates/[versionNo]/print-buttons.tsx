"use client";
// 印刷 / 閉じる for the certificate window (hidden on paper). Client-side because the CSP allows no
// inline handlers.
export function PrintButtons() {
  return (
    <div className="certificate-toolbar">
      <button type="button" className="button" onClick={() => window.print()}>
        印刷
      </button>
      <button type="button" className="button button--secondary" onClick={() => window.close()}>
        閉じる
      </button>
    </div>
  );
}
