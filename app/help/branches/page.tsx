import type { Metadata } from "next";
import Link from "next/link";
import { PublicHeader } from "@/components/public-header";
import { listBranchContacts } from "@/lib/server/master-data/list-branch-contacts";

export const metadata: Metadata = { title: "営業部・支店のお問い合わせ先" };

// The page the application form's 「ご不明な点は申込先の営業部・支店まで…」 links to (as on the flyers).
// Public: the same contacts the flyers and the completion mail print.
export default async function BranchContactsPage() {
  const branches = await listBranchContacts();
  return (
    <>
      <PublicHeader area="お問い合わせ先" />
      <main>
        <h1>営業部・支店のお問い合わせ先</h1>
        <p className="muted">
          保証申込・電子保証についてご不明な点は、申込先の営業部・支店までお気軽にお問い合わせください。よくある質問は<Link href="/qa">Q&amp;A</Link>
          にまとめています。
        </p>
        <ul className="branch-contacts" aria-label="営業部・支店">
          {branches.map((b) => (
            <li key={b.id} id={`branch-${b.id}`} className="panel branch-contacts__item">
              <h2>{b.name}</h2>
              <dl className="help-terms">
                <dt>所在地</dt>
                <dd>
                  〒{b.postalCode} {b.address}
                </dd>
                <dt>電話番号</dt>
                <dd>
                  <a href={`tel:${b.phone.replace(/[^\d]/g, "")}`}>{b.phone}</a>（{b.openingHours}）
                </dd>
                <dt>メールアドレス</dt>
                <dd>
                  <a href={`mailto:${b.email}`}>{b.email}</a>
                </dd>
              </dl>
            </li>
          ))}
        </ul>
      </main>
    </>
  );
}
