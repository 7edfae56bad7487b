// The expected answer of every entry point for every kind of visitor. "→/path" is a redirect (302/303/
// 307/308) to that path; ":name" in it stands for the record id of that name. Dynamic segments use
// records of contractor A's company handled at 長野支店 (created by the spec), so contractor B and
// 静岡支店 staff are the outsiders: they must get 404 (the record's existence is not revealed), and
// another role 403. The administrator (本店) has the /admin area and no branch's records; 三島市's user
// (orderingBodyOther) has the same pages as 佐久市's, each showing only that body's guarantees. The bank
// (〇〇銀行 ××支店, the 預託金融機関 of contractor A's guarantee) has the /bank area and its own requests;
// △△信用金庫 三島支店's user (bankOther) has the same area and none of them (404).
export const ACTORS = ["anonymous", "contractorA", "contractorB", "staffOwnBranch", "staffOtherBranch", "orderingBody", "orderingBodyOther", "administrator", "bank", "bankOther"] as const;
export type Actor = (typeof ACTORS)[number];
export type Outcome = "200" | "400" | "403" | "404" | `→${string}`;
export type Expectations = Record<Actor, Outcome>;

/** Ids of the records the matrix spec creates (tests/e2e/support/factories.ts), and of 長野支店, 佐久市, the signing key. */
export type DemoIds = {
  application: string;
  guarantee: string;
  branch: string;
  orderingBody: string;
  keyId: string;
  feeStatement: string;
  feeRateTable: string;
  reservation: string;
  reservationApplication: string;
  usagePlan: string;
  document: string;
  qaEntry: string;
  payoutRequest: string;
  itemDocument: string;
};

export type Row = {
  route: string;
  url: (ids: DemoIds) => string;
  /** POST rows: the JSON body sent (with our own Origin, as a page of the portal would). */
  body?: unknown;
  expect: Expectations;
};

const every = (outcome: Outcome): Expectations =>
  Object.fromEntries(ACTORS.map((a) => [a, outcome])) as Expectations;
const signedIn = (outcome: Outcome): Expectations => ({ ...every(outcome), anonymous: "→/login" });
/** An area of one role: anonymous → /login, every other role → 403. */
const area = (allowed: Partial<Expectations>): Expectations => ({ ...signedIn("403"), ...allowed });

const CONTRACTORS = area({ contractorA: "200", contractorB: "200" });
const CONTRACTOR_A_RECORD = area({ contractorA: "200", contractorB: "404" });
const STAFF = area({ staffOwnBranch: "200", staffOtherBranch: "200" });
const NAGANO_RECORD = area({ staffOwnBranch: "200", staffOtherBranch: "404" });
const ORDERING_BODY = area({ orderingBody: "200", orderingBodyOther: "200" });
const ADMINISTRATOR = area({ administrator: "200" });
const BANK = area({ bank: "200", bankOther: "200" });
const BANK_RECORD = area({ bank: "200", bankOther: "404" });
const HOMES = {
  contractorA: "→/netdesk",
  contractorB: "→/netdesk",
  staffOwnBranch: "→/staff",
  staffOtherBranch: "→/staff",
  orderingBody: "→/ordering-body",
  orderingBodyOther: "→/ordering-body",
  administrator: "→/admin",
  bank: "→/bank",
  bankOther: "→/bank",
} as const;

export const ROUTE_EXPECTATIONS: Row[] = [
  // Public pages and the sign-in flow.
  { route: "GET /", url: () => "/", expect: { anonymous: "→/login", ...HOMES } },
  { route: "GET /login", url: () => "/login", expect: { anonymous: "200", ...HOMES } },
  { route: "GET /verify", url: () => "/verify", expect: every("200") },
  { route: "GET /ordering-bodies", url: () => "/ordering-bodies", expect: every("200") },
  { route: "GET /api-docs", url: () => "/api-docs", expect: every("200") },
  { route: "GET /help/signature", url: () => "/help/signature", expect: every("200") },
  // Q&A and the 営業部・支店 contacts are public (ordering bodies read them without an account).
  { route: "GET /qa", url: () => "/qa?q=%E5%8D%B0%E9%91%91", expect: every("200") },
  { route: "GET /help/branches", url: () => "/help/branches", expect: every("200") },
  { route: "GET /password/forgot", url: () => "/password/forgot", expect: every("200") },
  { route: "GET /password/reset", url: () => "/password/reset", expect: every("200") },
  { route: "GET /account/setup", url: () => "/account/setup", expect: every("200") },
  { route: "GET /account/password", url: () => "/account/password", expect: signedIn("200") },
  // Demo mode only (404 in production); reads no session, so every visitor is answered alike.
  { route: "GET /dev/mailbox", url: () => "/dev/mailbox", expect: every("200") },
  { route: "GET /dev/mailbox/[file]/[index]", url: () => "/dev/mailbox/none.eml/0", expect: every("404") },

  // 請負者 (contractor) area.
  { route: "GET /netdesk", url: () => "/netdesk", expect: CONTRACTORS },
  { route: "GET /netdesk/profile", url: () => "/netdesk/profile", expect: CONTRACTORS },
  { route: "GET /netdesk/qa", url: () => "/netdesk/qa", expect: CONTRACTORS },
  { route: "GET /netdesk/help/[screen]", url: () => "/netdesk/help/applications", expect: CONTRACTORS },
  { route: "GET /netdesk/reminders", url: () => "/netdesk/reminders", expect: CONTRACTORS },
  // Each company's own history (contractor B's is empty, never A's).
  { route: "GET /netdesk/guarantees/history", url: () => "/netdesk/guarantees/history", expect: CONTRACTORS },
  { route: "GET /netdesk/applications", url: () => "/netdesk/applications", expect: CONTRACTORS },
  { route: "GET /netdesk/applications/new", url: () => "/netdesk/applications/new", expect: CONTRACTORS },
  { route: "GET /netdesk/applications/[id]", url: (ids) => `/netdesk/applications/${ids.application}`, expect: CONTRACTOR_A_RECORD },
  // A sent application is no longer editable: its owner is taken to 申込内容.
  { route: "GET /netdesk/applications/[id]/edit", url: (ids) => `/netdesk/applications/${ids.application}/edit`, expect: { ...CONTRACTOR_A_RECORD, contractorA: "→/netdesk/applications/:application" } },
  { route: "GET /netdesk/applications/[id]/sent", url: (ids) => `/netdesk/applications/${ids.application}/sent`, expect: CONTRACTOR_A_RECORD },
  { route: "GET /netdesk/guarantees", url: () => "/netdesk/guarantees", expect: CONTRACTORS },
  { route: "GET /netdesk/guarantees/download", url: () => "/netdesk/guarantees/download", expect: CONTRACTORS },
  { route: "GET /netdesk/guarantees/[guaranteeId]", url: (ids) => `/netdesk/guarantees/${ids.guarantee}`, expect: CONTRACTOR_A_RECORD },
  { route: "GET /netdesk/guarantees/[guaranteeId]/key-notice", url: (ids) => `/netdesk/guarantees/${ids.guarantee}/key-notice`, expect: CONTRACTOR_A_RECORD },
  { route: "GET /netdesk/guarantees/[guaranteeId]/certificates/[versionNo]", url: (ids) => `/netdesk/guarantees/${ids.guarantee}/certificates/1`, expect: CONTRACTOR_A_RECORD },
  // 保証料: the calculator saves nothing; statements are the company's own (the 前払金保証's 保証料計算書).
  { route: "GET /netdesk/fees", url: () => "/netdesk/fees", expect: CONTRACTORS },
  { route: "GET /netdesk/fee-statements", url: () => "/netdesk/fee-statements", expect: CONTRACTORS },
  { route: "GET /netdesk/fee-statements/download", url: () => "/netdesk/fee-statements/download", expect: CONTRACTORS },
  { route: "GET /netdesk/fee-statements/[statementId]", url: (ids) => `/netdesk/fee-statements/${ids.feeStatement}`, expect: CONTRACTOR_A_RECORD },
  // Contractor A pays each fee (no 一括納付), so neither company has a monthly statement: a month without one is 404.
  { route: "GET /netdesk/fee-statements/monthly/[month]", url: () => "/netdesk/fee-statements/monthly/2026-12", expect: area({ contractorA: "404", contractorB: "404" }) },
  // 中間前払金保証 from the company's 前払金保証; 契約保証予約 (its list, form, a sent one's edit → 申込内容, the PDF).
  { route: "GET /netdesk/guarantees/[guaranteeId]/intermediate", url: (ids) => `/netdesk/guarantees/${ids.guarantee}/intermediate`, expect: CONTRACTOR_A_RECORD },
  { route: "GET /netdesk/reservations", url: () => "/netdesk/reservations", expect: CONTRACTORS },
  { route: "GET /netdesk/reservations/new", url: () => "/netdesk/reservations/new", expect: CONTRACTORS },
  { route: "GET /netdesk/reservations/[id]/edit", url: (ids) => `/netdesk/reservations/${ids.reservationApplication}/edit`, expect: { ...CONTRACTOR_A_RECORD, contractorA: "→/netdesk/applications/:reservationApplication" } },
  { route: "GET /netdesk/reservations/certificate/[guaranteeId]", url: (ids) => `/netdesk/reservations/certificate/${ids.reservation}`, expect: CONTRACTOR_A_RECORD },
  // 前払金使途内訳明細書, 書類送信, 前払金請求書 (issue 17): contractor A's guarantee has an approved 明細書,
  // a sent document and a saved invoice.
  { route: "GET /netdesk/usage-plans", url: () => "/netdesk/usage-plans", expect: CONTRACTORS },
  // An approved 明細書 opens its page; a 使途変更申込 only when asked (?change=1).
  { route: "GET /netdesk/usage-plans/guarantee/[guaranteeId]", url: (ids) => `/netdesk/usage-plans/guarantee/${ids.guarantee}`, expect: { ...CONTRACTOR_A_RECORD, contractorA: "→/netdesk/usage-plans/:usagePlan" } },
  { route: "GET /netdesk/usage-plans/[planId]", url: (ids) => `/netdesk/usage-plans/${ids.usagePlan}`, expect: CONTRACTOR_A_RECORD },
  { route: "GET /netdesk/documents", url: () => "/netdesk/documents", expect: CONTRACTORS },
  // Without a file: the form's message (400), never a 500; other roles 403.
  { route: "POST /netdesk/documents/upload", url: () => "/netdesk/documents/upload", body: {}, expect: area({ contractorA: "400", contractorB: "400" }) },
  { route: "GET /netdesk/documents/[documentId]/file", url: (ids) => `/netdesk/documents/${ids.document}/file`, expect: CONTRACTOR_A_RECORD },
  { route: "GET /netdesk/invoices", url: () => "/netdesk/invoices", expect: CONTRACTORS },
  { route: "GET /netdesk/invoices/[guaranteeId]", url: (ids) => `/netdesk/invoices/${ids.guarantee}`, expect: CONTRACTOR_A_RECORD },
  { route: "GET /netdesk/invoices/[guaranteeId]/pdf", url: (ids) => `/netdesk/invoices/${ids.guarantee}/pdf`, expect: CONTRACTOR_A_RECORD },
  // 預託金払出依頼書 and 前払金払出予定 (issue 18): contractor A has a request on its approved 明細書.
  { route: "GET /netdesk/payout-requests", url: () => "/netdesk/payout-requests", expect: CONTRACTORS },
  { route: "GET /netdesk/payout-requests/new/[planId]", url: (ids) => `/netdesk/payout-requests/new/${ids.usagePlan}`, expect: CONTRACTOR_A_RECORD },
  { route: "GET /netdesk/payout-requests/[requestId]", url: (ids) => `/netdesk/payout-requests/${ids.payoutRequest}`, expect: CONTRACTOR_A_RECORD },
  { route: "GET /netdesk/payout-schedule", url: () => "/netdesk/payout-schedule", expect: CONTRACTORS },

  // 保証会社 (staff) area: a branch's own work. 請負者 are shared by every branch; applications and
  // guarantees belong to one branch.
  { route: "GET /staff", url: () => "/staff", expect: STAFF },
  { route: "GET /staff/applications", url: () => "/staff/applications", expect: STAFF },
  { route: "GET /staff/applications/[id]", url: (ids) => `/staff/applications/${ids.application}`, expect: NAGANO_RECORD },
  { route: "GET /staff/guarantees", url: () => "/staff/guarantees", expect: STAFF },
  { route: "GET /staff/guarantees/[id]", url: (ids) => `/staff/guarantees/${ids.guarantee}`, expect: NAGANO_RECORD },
  { route: "GET /staff/audit", url: () => "/staff/audit", expect: STAFF },
  { route: "GET /staff/contractors", url: () => "/staff/contractors", expect: STAFF },
  { route: "GET /staff/fees", url: () => "/staff/fees", expect: STAFF },
  { route: "GET /staff/fees/statements/[statementId]", url: (ids) => `/staff/fees/statements/${ids.feeStatement}`, expect: NAGANO_RECORD },
  { route: "GET /staff/usage-plans", url: () => "/staff/usage-plans", expect: STAFF },
  { route: "GET /staff/usage-plans/[planId]", url: (ids) => `/staff/usage-plans/${ids.usagePlan}`, expect: NAGANO_RECORD },
  { route: "GET /staff/documents", url: () => "/staff/documents", expect: STAFF },
  { route: "GET /staff/documents/[documentId]/file", url: (ids) => `/staff/documents/${ids.document}/file`, expect: NAGANO_RECORD },
  { route: "GET /staff/mails", url: () => "/staff/mails", expect: STAFF },
  { route: "GET /staff/payouts", url: () => "/staff/payouts", expect: STAFF },
  { route: "GET /staff/payouts/[requestId]", url: (ids) => `/staff/payouts/${ids.payoutRequest}`, expect: NAGANO_RECORD },

  // 本店の管理者 (administrator) area: 支店マスタ, 発注者マスタ and every staff, ordering-body and
  // administrator account. Branch staff (of any branch) get 403.
  { route: "GET /admin", url: () => "/admin", expect: ADMINISTRATOR },
  { route: "GET /admin/branches", url: () => "/admin/branches", expect: ADMINISTRATOR },
  { route: "GET /admin/branches/new", url: () => "/admin/branches/new", expect: ADMINISTRATOR },
  { route: "GET /admin/branches/[id]", url: (ids) => `/admin/branches/${ids.branch}`, expect: ADMINISTRATOR },
  { route: "GET /admin/ordering-bodies", url: () => "/admin/ordering-bodies", expect: ADMINISTRATOR },
  { route: "GET /admin/ordering-bodies/new", url: () => "/admin/ordering-bodies/new", expect: ADMINISTRATOR },
  { route: "GET /admin/ordering-bodies/[id]", url: (ids) => `/admin/ordering-bodies/${ids.orderingBody}`, expect: ADMINISTRATOR },
  { route: "GET /admin/administrators", url: () => "/admin/administrators", expect: ADMINISTRATOR },
  { route: "GET /admin/fee-rate-tables", url: () => "/admin/fee-rate-tables", expect: ADMINISTRATOR },
  { route: "GET /admin/fee-rate-tables/new", url: () => "/admin/fee-rate-tables/new", expect: ADMINISTRATOR },
  { route: "GET /admin/fee-rate-tables/[id]", url: (ids) => `/admin/fee-rate-tables/${ids.feeRateTable}`, expect: ADMINISTRATOR },
  { route: "GET /admin/qa", url: () => "/admin/qa", expect: ADMINISTRATOR },
  { route: "GET /admin/qa/new", url: () => "/admin/qa/new", expect: ADMINISTRATOR },
  { route: "GET /admin/qa/[id]", url: (ids) => `/admin/qa/${ids.qaEntry}`, expect: ADMINISTRATOR },
  { route: "GET /admin/bank-branches", url: () => "/admin/bank-branches", expect: ADMINISTRATOR },

  // 預託金融機関 (bank) area: the requests of guarantees deposited with its branch, and the evidence
  // documents of their 明細書 lines (a document attached to the guarantee itself is not the bank's: 404).
  { route: "GET /bank", url: () => "/bank", expect: BANK },
  { route: "GET /bank/requests/[requestId]", url: (ids) => `/bank/requests/${ids.payoutRequest}`, expect: BANK_RECORD },
  { route: "GET /bank/documents/[documentId]/file", url: (ids) => `/bank/documents/${ids.itemDocument}/file`, expect: BANK_RECORD },

  // 発注者 (ordering body) area.
  { route: "GET /ordering-body", url: () => "/ordering-body", expect: ORDERING_BODY },
  { route: "GET /ordering-body/guarantees", url: () => "/ordering-body/guarantees", expect: ORDERING_BODY },

  // JSON endpoints. The public API answers everyone alike; next-auth's session answers everyone (with
  // or without a user), and its POSTs without a CSRF token only redirect, changing nothing.
  { route: "GET /api/health", url: () => "/api/health", expect: every("200") },
  { route: "GET /api/v1/keys", url: () => "/api/v1/keys", expect: every("200") },
  { route: "GET /api/v1/keys/[kid]", url: (ids) => `/api/v1/keys/${ids.keyId}`, expect: every("200") },
  { route: "GET /api/v1/openapi.json", url: () => "/api/v1/openapi.json", expect: every("200") },
  { route: "POST /api/v1/verify", url: () => "/api/v1/verify", body: {}, expect: every("400") },
  { route: "GET /api/auth/[...nextauth]", url: () => "/api/auth/session", expect: every("200") },
  { route: "POST /api/auth/[...nextauth]", url: () => "/api/auth/signout", body: {}, expect: every("→/api/auth/signout") },
];
