import { describe, expect, it } from "vitest";
import { guaranteeListQueryString, parseGuaranteeListQuery } from "@/lib/schemas/guarantee-list-filter";

describe("保証契約一覧 search in the URL", () => {
  it("reads an empty query as every guarantee, page 1", () => {
    expect(parseGuaranteeListQuery({})).toMatchObject({ filter: { mode: "range", kind: null, from: null, to: null, project: null }, page: 1, errors: {} });
  });

  it("reads the range search, trimming and accepting typed dates", () => {
    const q = parseGuaranteeListQuery({ kind: "CONTRACT", from: "２０２６１００１", to: "2026/10/31", project: "  県単  ", page: "3" });
    expect(q).toMatchObject({ filter: { mode: "range", kind: "CONTRACT", from: "2026-10-01", to: "2026-10-31", project: "県単" }, page: 3, errors: {} });
  });

  it("lets the pinpoint search win, normalised", () => {
    const q = parseGuaranteeListQuery({ number: "３７０７１０００００ｍ", kind: "ADVANCE" });
    expect(q.filter).toEqual({ mode: "pinpoint", contractNumber: "37071-00000M" });
    expect(q.errors).toEqual({});
  });

  it("names what is wrong, field by field", () => {
    expect(parseGuaranteeListQuery({ number: "37071-00000A" }).errors.number).toBeDefined(); // wrong check letter
    expect(parseGuaranteeListQuery({ number: "123" }).errors.number).toBeDefined();
    expect(parseGuaranteeListQuery({ from: "2026-13-01" }).errors.from).toBeDefined();
    expect(parseGuaranteeListQuery({ project: "あ".repeat(101) }).errors.project).toBeDefined();
    expect(parseGuaranteeListQuery({ kind: "PAPER" }).errors.kind).toBeDefined();
  });

  it("takes the first of repeated parameters", () => {
    expect(parseGuaranteeListQuery({ kind: ["ADVANCE", "CONTRACT"] }).filter).toMatchObject({ kind: "ADVANCE" });
  });

  it("writes a filter back without defaults, so links round-trip", () => {
    const q = parseGuaranteeListQuery({ kind: "ADVANCE", from: "2026-10-01", project: "河川 & 道路" });
    const text = guaranteeListQueryString(q.filter, 2);
    expect(text).toBe("?kind=ADVANCE&from=2026-10-01&project=%E6%B2%B3%E5%B7%9D+%26+%E9%81%93%E8%B7%AF&page=2");
    const again = parseGuaranteeListQuery(Object.fromEntries(new URLSearchParams(text)));
    expect(again.filter).toEqual(q.filter);
    expect(again.page).toBe(2);
    expect(guaranteeListQueryString(parseGuaranteeListQuery({}).filter)).toBe("");
  });
});
