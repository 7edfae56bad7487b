"use client";
// 3. 入札の状況
import { ORDER_TYPE_LABEL } from "@/lib/domain/application-labels";
import { AmountField, ChoiceGroup, DateField, TextField } from "./fields";
import { optionsOf } from "./guarantee-section";
import { SectionFrame } from "./section-frame";

export function BiddingSection() {
  return (
    <SectionFrame section="bidding">
      <ChoiceGroup name="orderType" required options={optionsOf(ORDER_TYPE_LABEL)} />
      <DateField name="awardDate" required note={<p className="muted field__note">（入力例: 20191001）</p>} />
      <TextField name="bidRounds" inputMode="numeric" size="xs" unit="回" />
      <TextField name="bidderCount" inputMode="numeric" size="xs" unit="社" />
      <TextField name="disqualifiedCount" inputMode="numeric" size="xs" unit="社" />
      <TextField name="secondBidder" size="l" />
      <AmountField name="secondBidAmountThousand" unit="千円" />
      <TextField name="highestBidder" size="l" />
      <AmountField name="highestBidAmountThousand" unit="千円" />
    </SectionFrame>
  );
}
