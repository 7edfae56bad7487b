// What the guarantee fuzz tests act on: real e-guarantees issued at 長野支店 to 〇〇建設, the staff of
// both branches (静岡支店 must get NOT_FOUND), and generators of guarantee ids a forged form could send.
import fc from "fast-check";
import { getPrisma } from "@/lib/db/client";
import { seedDemoAccounts } from "@/lib/db/seed-demo";
import { loadActor } from "@/lib/server/load-actor";
import { hostileString } from "./fuzz";
import { issueTestGuarantees } from "./issued-guarantees";

export async function guaranteeFuzzFixtures(issues = 3) {
  const prisma = getPrisma();
  await seedDemoAccounts(prisma);
  const guaranteeIds: string[] = [];
  // One after another: issuance takes a per-branch serial.
  for (let i = 0; i < issues; i += 1) guaranteeIds.push(...(await issueTestGuarantees()).guarantees.map((g) => g.id));
  const [nagano, shizuoka, contractor] = await Promise.all([
    loadActor("SURETY_STAFF", { email: "staff.nagano@example.jp" }),
    loadActor("SURETY_STAFF", { email: "staff.shizuoka@example.jp" }),
    loadActor("CONTRACTOR", { email: "contractor@example.jp" }),
  ]);
  return {
    staff: fc.constantFrom(nagano, shizuoka),
    contractor,
    guaranteeIds,
    // Mostly real ids, so generated inputs reach past the lookup.
    guaranteeId: fc.oneof({ arbitrary: fc.constantFrom(...guaranteeIds), weight: 4 }, fc.uuid(), hostileString),
  };
}
