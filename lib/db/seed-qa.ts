// The first Q&A entries: the questions users of such portals really ask (issue 19). Seeded once, by
// question, so entries the administrators have edited or switched off are left alone. Run with the demo
// seed; a production database gets them with `npm run admin -- seed-qa` (scripts/admin.ts).
import type { PrismaClient } from "./client";

type SeedEntry = { category: string; question: string; answer: string; keywords: string; screen: string | null };

export const QA_SEED: SeedEntry[] = [
  {
    category: "保証申込について",
    question: "押印は必要ですか",
    answer:
      "ネットデスクでの保証申込に押印は必要ありません。申込書の印刷・郵送も不要です。\n電子保証では、保証証書への押印の代わりに保証会社の電子署名で内容の真正性を確認します。紙の保証証書（証書(紙)）は従来どおり保証会社が記名押印して発行します。",
    keywords: "印鑑 はんこ 捺印 実印 社印",
    screen: "APPLICATION",
  },
  {
    category: "保証申込について",
    question: "前払金使途内訳明細書は保証申込の後から提出できますか",
    answer:
      "はい。保証申込の時点では前払金使途内訳明細書は不要です。保証契約の成立後に「前払金使途内訳明細書」メニューから提出してください。\nただし、明細書が承認されるまでは預託金融機関から前払金を払い出すことはできません。支払先が決まっていない項目は「未定」として提出し、決まりしだい前払金使途変更でお知らせください。",
    keywords: "使途内訳明細書 後日 あとから 未定",
    screen: "APPLICATION",
  },
  {
    category: "保証料について",
    question: "消費税がかかる手数料はどれですか",
    answer:
      "前払金保証料・中間前払金保証料・契約保証料には消費税はかかりません（非課税）。\n消費税がかかるのは、契約保証予約（入札ボンド）の予約手数料だけです。",
    keywords: "課税 非課税 税込 予約手数料 入札ボンド",
    screen: null,
  },
  {
    category: "前払金について",
    question: "発注者はいつまでに前払金を支払いますか",
    answer:
      "公共工事標準請負契約約款では、発注者は前払金の請求を受けた日から14日以内に支払うこととされています。\n前払金の請求には保証証書（電子保証の場合は保証契約番号と認証キー）が必要です。支払時期は発注者ごとの契約書・約款でご確認ください。",
    keywords: "支払い 期日 14日 請求書 前払金請求書",
    screen: null,
  },
  {
    category: "前払金について",
    question: "前払金が誤った口座に振り込まれました。どうすればよいですか",
    answer:
      "前払金は、保証申込で指定した預託金融機関の前払金専用口座に振り込まれる必要があります。別の口座に振り込まれた前払金は使わずに、すぐに発注者と申込先の営業部・支店へご連絡ください。\n発注者・預託金融機関と相談のうえ、正しい前払金専用口座へ振り替えていただきます。",
    keywords: "振込 口座 間違い 誤振込 預託金融機関",
    screen: null,
  },
  {
    category: "電子保証について",
    question: "認証キーはどのように発注者へ提出しますか",
    answer:
      "保証契約一覧の「電子保証（認証キー）」タブから保証を選び、電子保証概要の「印刷」で「電子保証にかかる「認証キー」のお知らせ」（PDF）をダウンロードして、発注者の指定する方法（多くは電子メール）で提出してください。\n電子保証概要の「発注者へ提出」から、発注者の登録済みアドレスへ直接送信することもできます。件名が指定されている発注者（例: 三島市）では、その件名で送信されます。",
    keywords: "提出方法 メール PDF お知らせ",
    screen: "GUARANTEES",
  },
  {
    category: "電子保証について",
    question: "電子証書を印刷したものは保証証書になりますか",
    answer:
      "なりません。電子保証では、発注者が確認するシステム（プラットフォーム）上の電子証書が保証そのものです。印刷したものは内容の控えで、保証の効力はありません。\n発注者は、保証契約番号と認証キーで「電子保証の確認」から最新の内容を確認します。",
    keywords: "印刷 プリント 紙 原本 控え",
    screen: "GUARANTEES",
  },
  {
    category: "電子保証について",
    question: "電子保証発行日時とは何ですか",
    answer:
      "電子保証発行日時とは、発注者が保証証書を確認するシステム（プラットフォーム）に保証証書が到着した日時のことです。\n変更（増額・減額・保証期限変更）があった場合は、版ごとに電子保証発行日時が表示されます。訂正・変更取消された履歴は表示されません。",
    keywords: "発行日 到着 日時 履歴",
    screen: "GUARANTEES",
  },
  {
    category: "電子保証について",
    question: "電子保証を利用できる発注者はどこですか",
    answer:
      "電子保証に対応している発注者だけが電子保証を受け付けます。対応している発注者は「電子保証対応の発注者一覧」でご確認ください。対応していない発注者には「証書(紙)」でお申し込みください。",
    keywords: "対応 発注者一覧 利用条件",
    screen: "APPLICATION",
  },
  {
    category: "電子保証について",
    question: "保証期限を延ばしたいときはどうすればよいですか",
    answer:
      "工期が延びたときは、保証期限が終わる前に保証期限変更の手続きが必要です。申込先の営業部・支店へご連絡ください。\n変更後の電子証書は同じ保証契約番号・認証キーのまま発行され、発注者には最新の内容が表示されます。",
    keywords: "期限変更 工期延長 延期",
    screen: "GUARANTEES",
  },
  {
    category: "発注者の方へ",
    question: "電子保証の内容はどのように確認しますか",
    answer:
      "請負者から提出された「電子保証にかかる「認証キー」のお知らせ」に記載の保証契約番号と認証キーを「電子保証の確認」に入力すると、電子証書の最新の内容が表示されます。\nダウンロードした電子証書の署名は、ヘルプ「署名の確認」の手順でお手元のパソコンでも確認できます。",
    keywords: "照会 確認方法 署名 発注者",
    screen: "VERIFY",
  },
  {
    category: "ネットデスクについて",
    question: "全体トップの「保証申込のお勧め」とは何ですか",
    answer:
      "お客様の保証の状況から、次に必要なお手続きをお知らせする欄です（例: 発注者へ認証キーをまだ提出していない電子保証、保証期限が30日以内に終わるのに工期が続く保証）。\n各項目のリンクからお手続きができます。不要な項目は「表示しない」で消せます。",
    keywords: "お知らせ リマインダー 通知",
    screen: "TOP",
  },
];

export async function seedQaEntries(prisma: PrismaClient): Promise<number> {
  let created = 0;
  for (const [index, entry] of QA_SEED.entries()) {
    if (await prisma.qaEntry.findFirst({ where: { question: entry.question }, select: { id: true } })) continue;
    await prisma.qaEntry.create({ data: { ...entry, sortOrder: (index + 1) * 10, published: true } });
    created += 1;
  }
  return created;
}
