// The users of a branch, an ordering body or the head office as their account tables show them
// (components/user-table.tsx): whether a password is set (招待中), never the hash itself.
export const ACCOUNT_ROW_SELECT = { id: true, name: true, email: true, active: true, passwordHash: true, lastLoginAt: true } as const;

export const ACCOUNT_ROW_ORDER = [{ active: "desc" as const }, { createdAt: "asc" as const }];

export function accountRows<U extends { passwordHash: string | null }>(users: U[]): (Omit<U, "passwordHash"> & { passwordSet: boolean })[] {
  return users.map(({ passwordHash, ...user }) => ({ ...user, passwordSet: passwordHash !== null }));
}
