// The accounts 本店の管理者 manage: the staff of every branch, the users of every ordering body and of
// every 預託金融機関 branch, and the administrators. Contractors' users are their companies' own (お客様情報).
import type { Prisma } from "@/lib/db/client";

export const MANAGED_USER_SCOPE: Prisma.UserWhereInput = { role: { in: ["SURETY_STAFF", "ORDERING_BODY", "ADMINISTRATOR", "BANK_USER"] } };
