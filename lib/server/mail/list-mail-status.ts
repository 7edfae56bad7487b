// 送信状況: the outbox rows about an application or a guarantee, newest first, for the screens that
// show whether a mail went out (staff: every mail of an application; contractor: their submissions).
import { getPrisma, type MailKind, type OutboxStatus } from "@/lib/db/client";

export type MailStatusRow = {
  id: string;
  kind: MailKind;
  toAddress: string;
  subject: string;
  status: OutboxStatus;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
};

export async function listMailStatus(where: { applicationId?: string; guaranteeIds?: string[]; kinds?: MailKind[] }): Promise<MailStatusRow[]> {
  const about = [
    ...(where.applicationId ? [{ applicationId: where.applicationId }] : []),
    ...(where.guaranteeIds?.length ? [{ guaranteeId: { in: where.guaranteeIds } }] : []),
  ];
  if (about.length === 0) return [];
  return getPrisma().emailOutbox.findMany({
    where: { OR: about, ...(where.kinds ? { kind: { in: where.kinds } } : {}) },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { id: true, kind: true, toAddress: true, subject: true, status: true, attempts: true, lastError: true, createdAt: true, sentAt: true },
  });
}
