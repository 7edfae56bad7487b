// A published table's rules, read-only.
import { DetailTable } from "@/components/detail-table";
import { BRACKET_MODE_LABEL, PERIOD_MODE_LABEL, ROUNDING_DIRECTION_LABEL, type FeeRulesJson } from "@/lib/domain/fee-calculation";
import { formatYen } from "@/lib/domain/yen";

export function RateTableRules({ rules, note }: { rules: FeeRulesJson; note: string | null }) {
  let lower = 0n;
  const brackets = rules.brackets.map((b) => {
    const text = `${formatYen(lower + 1n)}〜${b.upTo ? formatYen(BigInt(b.upTo)) : "上限なし"}：年率 ${b.ratePercent}%`;
    if (b.upTo) lower = BigInt(b.upTo);
    return text;
  });
  return (
    <DetailTable
      caption="料率表の内容"
      rows={[
        ["備考", note],
        ["料率の適用方法", BRACKET_MODE_LABEL[rules.bracketMode]],
        ["金額の区分と年率", <ul key="b">{brackets.map((b) => <li key={b}>{b}</li>)}</ul>],
        ["期間係数", PERIOD_MODE_LABEL[rules.periodMode]],
        ["最低保証料", formatYen(BigInt(rules.minimumFee))],
        ["端数処理", `${formatYen(BigInt(rules.rounding.unit))}未満${ROUNDING_DIRECTION_LABEL[rules.rounding.direction]}`],
        ["返還", `未経過分の${rules.refund.sharePercent}%（返還しない最低額 ${formatYen(BigInt(rules.refund.minimumRetained))}）`],
        ["消費税率", `${rules.taxPercent}%`],
      ]}
    />
  );
}
