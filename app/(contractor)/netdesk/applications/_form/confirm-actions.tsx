// The two buttons of a 申込確認 step (保証申込 and 予約申込 alike): back to the form, or send.
// Both stay disabled while the send is on its way, so it cannot go twice.
export function ConfirmActions({ onEdit, onSend, sending }: { onEdit: () => void; onSend: () => void; sending: boolean }) {
  return (
    <div className="form-actions">
      <button type="button" className="button button--secondary" onClick={onEdit} disabled={sending}>
        修正する
      </button>
      <button type="button" className="button" onClick={onSend} disabled={sending} aria-busy={sending}>
        {sending ? "送信しています…" : "送信する"}
      </button>
    </div>
  );
}
