// A required amount (払出額, 全所要金額, 前払金使用金額) answers whatever a forged JSON body holds. Found by fuzzing:
// an object whose toString is not a function made String() throw, so the bank's 払出済 failed with the
// generic error instead of naming the field.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { requiredYen } from "@/lib/schemas/fields";
import { fieldErrorsOf } from "@/lib/schemas/parse-input";
import { isUserMessage } from "../support/fuzz";

const schema = z.object({ paidAmount: requiredYen("払出額") });

describe("requiredYen", () => {
  it("reads text and JSON numbers", () => {
    expect(schema.parse({ paidAmount: "1,000" }).paidAmount).toBe(1000n);
    expect(schema.parse({ paidAmount: 1000 }).paidAmount).toBe(1000n);
  });

  it.each([[{ toString: "" }], [{ valueOf: null, toString: null }], [Object.create(null)], [["1,000"]], [true]])("refuses %o in Japanese, without throwing", (value) => {
    const parsed = schema.safeParse({ paidAmount: value });
    expect(parsed.success).toBe(false);
    expect(isUserMessage(fieldErrorsOf(parsed.error!).fieldErrors.paidAmount)).toBe(true);
  });

  it("asks for a missing one", () => {
    expect(fieldErrorsOf(schema.safeParse({}).error!).fieldErrors).toEqual({ paidAmount: "払出額を入力してください。" });
  });
});
