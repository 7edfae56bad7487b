// 申込確認へ: the server's reading of the form before the confirmation screen, against the
// database's ordering bodies and branches. Writes nothing; refuses with the field errors.
import type { ContractorActor } from "@/lib/auth/actor";
import { assertRole } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { makeZApplicationSubmit } from "@/lib/schemas/application";
import { parseInput } from "@/lib/schemas/parse-input";
import { loadApplicationRuleContext } from "./application-rule-context";

export async function checkApplication({ actor, input, now = new Date() }: { actor: ContractorActor; input: unknown; now?: Date }): Promise<void> {
  assertRole(actor, "CONTRACTOR");
  const rules = await loadApplicationRuleContext(getPrisma(), now);
  parseInput(makeZApplicationSubmit(rules), input);
}
