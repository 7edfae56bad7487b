import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { enqueueMail, SEND_EMAIL_TASK } from "@/lib/mail/enqueue-mail";

const prisma = getPrisma();
const mail = { kind: "COMPLETION" as const, idempotencyKey: "test:1", to: "a@example.jp", subject: "件名", text: "本文", html: "<p>本文</p>" };

async function jobsFor(outboxId: string) {
  return prisma.$queryRaw<{ task_identifier: string; payload: { outboxId: string } }[]>`
    SELECT t.identifier AS task_identifier, j.payload FROM graphile_worker._private_jobs j
    JOIN graphile_worker._private_tasks t ON t.id = j.task_id WHERE j.payload->>'outboxId' = ${outboxId}`;
}

describe("enqueueMail", () => {
  it("writes one outbox row and one worker job, however often it is called with the same key", async () => {
    const first = await prisma.$transaction((tx) => enqueueMail(tx, mail));
    const second = await prisma.$transaction((tx) => enqueueMail(tx, { ...mail, subject: "別の件名" }));
    expect(second).toBe(first);
    const rows = await prisma.emailOutbox.findMany({ where: { idempotencyKey: "test:1" } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ subject: "件名", status: "PENDING", attempts: 0 });
    expect(rows[0]!.messageId).toMatch(/^<[0-9a-f-]{36}@localhost>$/);
    expect(await jobsFor(first)).toEqual([{ task_identifier: SEND_EMAIL_TASK, payload: { outboxId: first } }]);
  });

  it("leaves neither row nor job when the surrounding transaction rolls back", async () => {
    await expect(
      prisma.$transaction(async (tx) => {
        await enqueueMail(tx, { ...mail, idempotencyKey: "test:rollback" });
        throw new Error("later step failed");
      }),
    ).rejects.toThrow("later step failed");
    expect(await prisma.emailOutbox.count({ where: { idempotencyKey: "test:rollback" } })).toBe(0);
    const jobs = await prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM graphile_worker._private_jobs`;
    expect(Number(jobs[0]!.n)).toBe(1); // only the job of the first test
  });
});
