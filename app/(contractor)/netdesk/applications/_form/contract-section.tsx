"use client";
// 1. 請負工事の情報
import type { OrderingBodyRule } from "@/lib/schemas/application-rules";
import { AmountField, DateField, TextField } from "./fields";
import { OrderingBodyField } from "./ordering-body-field";
import { SectionFrame } from "./section-frame";

export function ContractSection({ orderingBodies }: { orderingBodies: OrderingBodyRule[] }) {
  return (
    <SectionFrame section="contract">
      <OrderingBodyField orderingBodies={orderingBodies} />
      <TextField name="projectName" required size="l" />
      <TextField name="projectLocation" required size="l" />
      <AmountField name="contractAmount" required />
      <fieldset className="field-group">
        <legend>工期</legend>
        <DateField name="periodFrom" required />
        <DateField name="periodTo" required />
      </fieldset>
      <DateField name="contractDate" required />
      <TextField name="jvName" size="l" />
    </SectionFrame>
  );
}
