// Q&A as everyone reads it (/qa for ordering bodies, /netdesk/qa for contractors): the published
// entries, searched (lib/domain/qa-search.ts) and narrowed to a category or a screen, with every
// category for the filter. Nothing here is confidential, so it takes no actor.
import { getPrisma } from "@/lib/db/client";
import { isHelpScreen, type HelpScreen } from "@/lib/domain/help-screens";
import { searchQaEntries } from "@/lib/domain/qa-search";

export type QaEntryView = { id: string; category: string; question: string; answer: string; screen: HelpScreen | null };
export type QaListing = { entries: QaEntryView[]; categories: string[]; total: number };

export async function listPublishedQaEntries(filter: { query?: string; category?: string; screen?: string } = {}): Promise<QaListing> {
  const rows = await getPrisma().qaEntry.findMany({
    where: { published: true },
    orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
    select: { id: true, category: true, question: true, answer: true, keywords: true, screen: true },
  });
  const categories = [...new Set(rows.map((r) => r.category))];
  const narrowed = rows.filter(
    (r) => (!filter.category || r.category === filter.category) && (!filter.screen || !isHelpScreen(filter.screen) || r.screen === filter.screen),
  );
  const entries = searchQaEntries(narrowed, filter.query ?? "").map(({ keywords: _keywords, screen, ...entry }) => ({
    ...entry,
    screen: isHelpScreen(screen) ? screen : null,
  }));
  return { entries, categories, total: rows.length };
}
