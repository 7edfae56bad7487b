"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { publishFeeRateTable } from "@/lib/server/fees/publish-fee-rate-table";
import { saveFeeRateTableDraft } from "@/lib/server/fees/save-fee-rate-table-draft";
import { ID_TEXT, formWith, serverAction } from "@/lib/server/server-action";

/** 料率表の下書き: creates (no id) or saves a draft. */
export const saveFeeRateTableAction = serverAction({
  name: "fee-rate-table.save-draft",
  role: "ADMINISTRATOR",
  schema: formWith({ id: ID_TEXT.optional() }),
  run: async ({ actor, input, request }) => {
    const id = await saveFeeRateTableDraft({ actor, id: input.id || undefined, input, request });
    revalidatePath("/admin/fee-rate-tables");
    if (!input.id) redirect(`/admin/fee-rate-tables/${id}?saved=1`);
    revalidatePath(`/admin/fee-rate-tables/${id}`);
    return "下書きを保存しました。";
  },
});

/** 公開: the draft becomes the kind's table from its 適用開始日; never edited afterwards. */
export const publishFeeRateTableAction = serverAction({
  name: "fee-rate-table.publish",
  role: "ADMINISTRATOR",
  schema: formWith({ id: ID_TEXT }),
  run: async ({ actor, input, request }) => {
    await publishFeeRateTable({ actor, id: input.id, request });
    revalidatePath("/admin/fee-rate-tables");
    revalidatePath(`/admin/fee-rate-tables/${input.id}`);
    return "料率表を公開しました。適用開始日から保証料の計算に使われます。";
  },
});
