// A section of a form under its heading, as the 保証申込 form shows its sections (without its クリア button).
import type { ReactNode } from "react";

export function FormSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="form-section panel" aria-labelledby={id}>
      <div className="form-section__head">
        <h2 id={id}>{title}</h2>
      </div>
      {children}
    </section>
  );
}
