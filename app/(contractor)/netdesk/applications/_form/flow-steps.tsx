// 申込作成 > 申込確認 > 送信完了, with the current step marked for screen readers too.
const STEPS = ["申込作成", "申込確認", "送信完了"] as const;

export function FlowSteps({ current }: { current: (typeof STEPS)[number] }) {
  return (
    <ol className="flow-steps" aria-label="手続きの流れ">
      {STEPS.map((step) => (
        <li key={step} aria-current={step === current ? "step" : undefined} className={step === current ? "is-current" : undefined}>
          {step}
        </li>
      ))}
    </ol>
  );
}
