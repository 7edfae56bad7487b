-- 発注者へ提出 is no open relay (issue 14, item 10): an ordering body's mail domains bound where a key
-- notice may go, and the form's token is issued by the server, stored, and spent by its one submission.
ALTER TABLE "OrderingBody" ADD COLUMN "keySubmissionDomains" TEXT[] DEFAULT ARRAY[]::TEXT[];

CREATE TABLE "KeySubmissionToken" (
    "id" UUID NOT NULL,
    "guaranteeId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "usedAt" TIMESTAMPTZ(3),
    "outboxId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "KeySubmissionToken_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "KeySubmissionToken_guaranteeId_userId_idx" ON "KeySubmissionToken"("guaranteeId", "userId");

ALTER TABLE "KeySubmissionToken" ADD CONSTRAINT "KeySubmissionToken_guaranteeId_fkey" FOREIGN KEY ("guaranteeId") REFERENCES "Guarantee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "KeySubmissionToken" ADD CONSTRAINT "KeySubmissionToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
