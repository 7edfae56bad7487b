-- 申込番号 (Application.applicationNumber) is "<year>-<6-digit serial>", the serial taken from this
-- sequence when an application is first sent. Hand-written: Prisma's schema language has no
-- sequences outside autoincrement columns. A refused or rolled-back send may leave a gap.
CREATE SEQUENCE "application_number_seq" AS BIGINT START WITH 1 INCREMENT BY 1 NO CYCLE;
