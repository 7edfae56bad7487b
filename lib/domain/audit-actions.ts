// Every action the audit log records, "<entity>.<verb>", with its Japanese name (監査ログ and the
// 履歴 of an application or guarantee show the name). recordAuditEntry takes only an AuditAction,
// and the labels must name every one: an action added without a name fails the type check.

/** The master data whose saves recordMasterDataSave records as "<entity>.create" / "<entity>.update". */
export const MASTER_DATA_ENTITIES = ["branch", "ordering-body"] as const;
export type MasterDataEntity = (typeof MASTER_DATA_ENTITIES)[number];

export const AUDIT_ACTIONS = [
  "application.save-draft",
  "application.copy",
  "application.submit",
  "application.resubmit",
  "application.accept",
  "application.review",
  "application.return",
  "application.issue",
  "application.withdraw",
  "guarantee.issue",
  "guarantee.amend",
  "guarantee.correct",
  "guarantee.cancel-change",
  "guarantee.cancel",
  "guarantee.submit-key",
  "guarantee.confirm-receipt",
  "reservation.convert",
  "usage-plan.save-draft",
  "usage-plan.submit",
  "usage-plan.approve",
  "usage-plan.return",
  "document.upload",
  "document.download",
  "document.set-status",
  "advance-invoice.save",
  "payout-request.submit",
  "payout-request.pay",
  "payout-request.return",
  "bank-branch.create",
  "deposit-bank.link",
  "contractor-company.create",
  "contractor-company.update",
  "contractor-company.request-change",
  "contractor-company.approve-change",
  "contractor-company.reject-change",
  "branch.create",
  "branch.update",
  "ordering-body.create",
  "ordering-body.update",
  "user.invite",
  "user.accept-invitation",
  "user.deactivate",
  "user.reactivate",
  "user.create-administrator",
  "user.password-change",
  "user.password-reset",
  "fee-rate-table.save-draft",
  "fee-rate-table.publish",
  "application.record-fee-payment",
  "contractor-company.set-lump-sum-billing",
  "fee-statement.mark-mailed",
  "fee-monthly-statement.mark-paid",
  "qa-entry.create",
  "qa-entry.update",
  "reminder.dismiss",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_ACTION_LABEL = {
  "application.save-draft": "一時保存",
  "application.copy": "申込のコピー",
  "application.submit": "申込送信",
  "application.resubmit": "再送信",
  "application.accept": "受付",
  "application.review": "審査開始",
  "application.return": "差戻し",
  "application.issue": "発行",
  "application.withdraw": "取下げ",
  "guarantee.issue": "保証の発行",
  "guarantee.amend": "変更",
  "guarantee.correct": "訂正",
  "guarantee.cancel-change": "変更の取消",
  "guarantee.cancel": "保証の取消",
  "guarantee.submit-key": "発注者への認証キー送信",
  "guarantee.confirm-receipt": "発注者の受領確認",
  "reservation.convert": "契約保証予約から契約保証の申込",
  "usage-plan.save-draft": "明細書の一時保存",
  "usage-plan.submit": "明細書の送信",
  "usage-plan.approve": "明細書の承認（預託金融機関へ送付）",
  "usage-plan.return": "明細書の差戻し",
  "document.upload": "書類の送信",
  "document.download": "書類のダウンロード",
  "document.set-status": "書類の受付",
  "advance-invoice.save": "前払金請求書の作成",
  "payout-request.submit": "預託金払出依頼書の送信",
  "payout-request.pay": "払出済（預託金融機関からの払出報告）",
  "payout-request.return": "払出依頼の差戻し（預託金融機関）",
  "bank-branch.create": "預託金融機関の登録",
  "deposit-bank.link": "預託金融機関の対応付け",
  "contractor-company.create": "お客様の登録",
  "contractor-company.update": "お客様情報の変更",
  "contractor-company.request-change": "登録情報の変更申請",
  "contractor-company.approve-change": "登録情報の変更承認",
  "contractor-company.reject-change": "登録情報の変更却下",
  "branch.create": "支店の登録",
  "branch.update": "支店の変更",
  "ordering-body.create": "発注者の登録",
  "ordering-body.update": "発注者の変更",
  "user.invite": "利用者の招待",
  "user.accept-invitation": "招待の受諾",
  "user.deactivate": "利用者の無効化",
  "user.reactivate": "利用者の再有効化",
  "user.create-administrator": "管理者の登録（コマンド）",
  "user.password-change": "パスワード変更",
  "user.password-reset": "パスワード再設定",
  "fee-rate-table.save-draft": "料率表の下書き保存",
  "fee-rate-table.publish": "料率表の公開",
  "application.record-fee-payment": "保証料の入金確認",
  "contractor-company.set-lump-sum-billing": "一括納付の設定",
  "fee-statement.mark-mailed": "保証料計算書の郵送",
  "fee-monthly-statement.mark-paid": "一括納付の入金確認",
  "qa-entry.create": "よくある質問の登録",
  "qa-entry.update": "よくある質問の変更",
  "reminder.dismiss": "お勧めを表示しない",
} as const satisfies Record<AuditAction, string>;

export const isAuditAction = (action: string): action is AuditAction => (AUDIT_ACTIONS as readonly string[]).includes(action);

/**
 * The Japanese name of a recorded action. The log is append-only, so a row may hold a code that is
 * no longer in AUDIT_ACTIONS: such a row shows its code rather than nothing.
 */
export const auditActionLabel = (action: string): string => (isAuditAction(action) ? AUDIT_ACTION_LABEL[action] : action);

/** The 処理 choices of the 監査ログ filter, in the order above. */
export const auditActionOptions = () => AUDIT_ACTIONS.map((value) => ({ value, label: AUDIT_ACTION_LABEL[value] }));

/** "<entity>.create" for a new master-data row, "<entity>.update" for a changed one. */
export const masterDataAuditAction = (entity: MasterDataEntity, isUpdate: boolean): AuditAction =>
  isUpdate ? `${entity}.update` : `${entity}.create`;
