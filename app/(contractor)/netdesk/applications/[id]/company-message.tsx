/** 弊社からお客様へのお知らせ: what the guarantee company wrote when it returned the application. */
export function CompanyMessage({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <section className="alert alert--warning" aria-labelledby="company-message-heading">
      <h2 id="company-message-heading" className="alert__heading">
        弊社からお客様へのお知らせ
      </h2>
      <p className="pre-wrap">{message}</p>
    </section>
  );
}
