/** 有効 / 招待中 (no password yet) / 無効 for a user row. */
export function UserStatus({ active, passwordSet }: { active: boolean; passwordSet: boolean }) {
  if (!active) return <span className="status status--off">無効</span>;
  if (!passwordSet) return <span className="status status--pending">招待中</span>;
  return <span className="status">有効</span>;
}
