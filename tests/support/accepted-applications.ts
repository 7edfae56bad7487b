// Prepares COUNT copies of the seeded flyer application, accepted at 長野支店, in the database named by
// DATABASE_URL, and prints their ids as one JSON line. Run by tests/e2e/two-instances.spec.ts as
//   node --import tsx tests/support/accepted-applications.ts
// (the e2e specs talk to the portal over HTTP only; this is how one of them gets work for staff).
import { getPrisma } from "@/lib/db/client";
import { copyOfFlyerApplication } from "./issue-fixtures";

const count = Number(process.env.COUNT ?? 1);
const branch = await getPrisma().branch.findUniqueOrThrow({ where: { name: "長野支店" } });
const ids: string[] = [];
for (let i = 0; i < count; i++) ids.push(await copyOfFlyerApplication({ branchId: branch.id, projectName: `二重発行確認工事 ${i + 1}` }));
console.log(JSON.stringify(ids));
await getPrisma().$disconnect();
