// 営業部・支店 (public): every active branch with what a customer needs to reach it, as the flyers print
// it: address, telephone with its 受付時間, mail. Switched-off branches are left out.
import { getPrisma } from "@/lib/db/client";

export type BranchContact = { id: string; name: string; postalCode: string; address: string; phone: string; email: string; openingHours: string };

export async function listBranchContacts(): Promise<BranchContact[]> {
  return getPrisma().branch.findMany({
    where: { active: true },
    orderBy: { officeCode: "asc" },
    select: { id: true, name: true, postalCode: true, address: true, phone: true, email: true, openingHours: true },
  });
}
