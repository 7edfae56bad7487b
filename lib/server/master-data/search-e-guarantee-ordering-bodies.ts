// 電子保証対応の発注者一覧 (public): active ordering bodies that accept e-guarantees, searchable
// by prefecture and by part of the name. Nothing private is returned (no e-mail addresses).
import { getPrisma } from "@/lib/db/client";
import { isPrefecture, prefectureOrder } from "@/lib/domain/prefectures";
import { searchText } from "@/lib/domain/search-text";

export async function searchEGuaranteeOrderingBodies(options: { prefecture?: unknown; name?: unknown }) {
  const prefecture = isPrefecture(options.prefecture) ? options.prefecture : undefined;
  const name = searchText(options.name);
  const bodies = await getPrisma().orderingBody.findMany({
    where: {
      active: true,
      eGuaranteeEnabled: true,
      ...(prefecture ? { prefecture } : {}),
      ...(name ? { name: { contains: name, mode: "insensitive" as const } } : {}),
    },
    select: { id: true, name: true, prefecture: true },
    take: 1000,
  });
  return bodies.sort((a, b) => prefectureOrder(a.prefecture) - prefectureOrder(b.prefecture) || a.name.localeCompare(b.name, "ja"));
}
