// Passwords: bcrypt with cost 12 (pure-JS bcryptjs: no native build, same format as bcrypt).
import bcrypt from "bcryptjs";

const COST = 12;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

// Compared against when the e-mail is unknown, so a miss costs the same time as a hit.
const DUMMY_HASH = "$2b$12$Rq4QLo25QPo7694//3w8WuQVdyE6Y1BtLBSjodPxAlGP1T3u7norC";

export async function verifyPassword(password: string, hash: string | null | undefined): Promise<boolean> {
  const ok = await bcrypt.compare(password, hash ?? DUMMY_HASH);
  return ok && Boolean(hash);
}
