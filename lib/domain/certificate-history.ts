// Which certificate versions the contractor's history (電子保証情報（履歴情報）) lists, and which one is
// in force. 訂正 hides the version it replaces; 取消 of a change hides the change and itself (the
// version before the change is in force again, unchanged). The flyers (docs/DOMAIN.md): 「訂正、変更取消された履歴は
// 表示されません」. Hidden versions stay in the database for the audit trail.
type VersionLike = { versionNo: number; hiddenFromHistory: boolean };

export function visibleHistory<T extends VersionLike>(versions: readonly T[]): T[] {
  return versions.filter((v) => !v.hiddenFromHistory).sort((a, b) => a.versionNo - b.versionNo);
}

/** The version in force: the newest one still shown. */
export function currentVersion<T extends VersionLike>(versions: readonly T[]): T | undefined {
  return visibleHistory(versions).at(-1);
}
