// The 保証契約一覧 search as it lives in the URL (a GET form), so reload, back and a shared link show
// the same page. Two searches, as on the real screen:
//   範囲検索      保証種類 (kind), 期間 (from–to, on the issue date in JST), 工事名 (partial match)
//   ピンポイント検索 保証契約番号 (exact) — takes precedence; the range fields are then ignored.
// Anything odd in a hand-edited URL becomes a Japanese message next to its field, never a 500.
import { z } from "zod/mini";
import "./japanese-errors";
import { withoutNul } from "@/lib/domain/without-nul";
import { GUARANTEE_KINDS, type GuaranteeKind } from "@/lib/domain/enums";
import { KIND_SHORT } from "@/lib/domain/guarantee-labels";
import { isValidContractNumber, normaliseContractNumber } from "@/lib/domain/contract-number";

export const GUARANTEE_LIST_PAGE_SIZE = 20;

/** 保証種類 choices, in the order the select shows them. "" = すべての保証. */
export const KIND_FILTER_OPTIONS: { value: "" | GuaranteeKind; label: string }[] = [
  { value: "", label: "すべての保証" },
  ...GUARANTEE_KINDS.filter((kind) => kind !== "BID_BOND_RESERVATION").map((kind) => ({ value: kind, label: KIND_SHORT[kind] })),
];

export type TGuaranteeListFilter =
  | { mode: "range"; kind: GuaranteeKind | null; from: string | null; to: string | null; project: string | null }
  | { mode: "pinpoint"; contractNumber: string };

export type SearchParamsRecord = Record<string, string | string[] | undefined>;

export type ParsedGuaranteeListQuery = {
  filter: TGuaranteeListFilter;
  page: number;
  /** What the user typed, to refill the forms. */
  input: { kind: string; from: string; to: string; project: string; number: string };
  /** field → Japanese message; when not empty, nothing is searched. */
  errors: Record<string, string>;
};

/** YYYY-MM-DD from <input type="date">, or typed as YYYYMMDD / YYYY/MM/DD (full-width digits too). */
const ZDate = (label: string) =>
  z
    .pipe(
      z.pipe(
        z.pipe(z.string(), z.transform((v: string) => v.normalize("NFKC").trim().replace(/[-/.]/g, ""))),
        z.string().check(z.regex(/^\d{8}$/, `${label}は「2026-11-23」または「20261123」の形式で入力してください。`)),
      ),
      z.transform((v: string) => `${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6, 8)}`),
    )
    .check(z.refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), `${label}が正しい日付ではありません。`));

const ZRange = z
  .object({
    kind: z.nullable(z.enum(GUARANTEE_KINDS, { error: "保証種類を一覧から選んでください。" })),
    from: z.nullable(ZDate("期間（開始）")),
    to: z.nullable(ZDate("期間（終了）")),
    project: z.nullable(z.string().check(z.maxLength(100, "工事名は100文字以内で入力してください。"))),
  })
  .check(z.refine((r) => !r.from || !r.to || r.from <= r.to, { path: ["to"], message: "期間の終了日が開始日より前です。" }));

const first = (value: string | string[] | undefined) => withoutNul((Array.isArray(value) ? value[0] : value) ?? "");
const orNull = (value: string) => (value === "" ? null : value);

function pageOf(value: string): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= 100_000 ? n : 1;
}

export function parseGuaranteeListQuery(params: SearchParamsRecord): ParsedGuaranteeListQuery {
  const input = {
    kind: first(params.kind).trim(),
    from: first(params.from).trim(),
    to: first(params.to).trim(),
    project: first(params.project).trim(),
    number: first(params.number).trim(),
  };
  const page = pageOf(first(params.page));

  if (input.number !== "") {
    const contractNumber = normaliseContractNumber(input.number);
    const errors: Record<string, string> = isValidContractNumber(contractNumber)
      ? {}
      : { number: "保証契約番号は「37071-00000M」の形式（数字10桁と末尾の英字1文字）で入力してください。" };
    return { filter: { mode: "pinpoint", contractNumber }, page, input, errors };
  }

  const parsed = ZRange.safeParse({ kind: orNull(input.kind), from: orNull(input.from), to: orNull(input.to), project: orNull(input.project) });
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
    return { filter: { mode: "range", kind: null, from: null, to: null, project: null }, page, input, errors };
  }
  return { filter: { mode: "range", ...parsed.data }, page, input, errors: {} };
}

/** The query string of a filter (and page), without defaults: for page links and the CSV link. */
export function guaranteeListQueryString(filter: TGuaranteeListFilter, page = 1): string {
  const query = new URLSearchParams();
  if (filter.mode === "pinpoint") {
    query.set("number", filter.contractNumber);
  } else {
    if (filter.kind) query.set("kind", filter.kind);
    if (filter.from) query.set("from", filter.from);
    if (filter.to) query.set("to", filter.to);
    if (filter.project) query.set("project", filter.project);
  }
  if (page > 1) query.set("page", String(page));
  const text = query.toString();
  return text ? `?${text}` : "";
}
