import Link from "next/link";
import { HELP_SCREEN_LABEL, type HelpScreen } from "@/lib/domain/help-screens";
import { SearchForm } from "./search-form";

type Entry = { id: string; category: string; question: string; answer: string };
type Props = {
  /** This page's own path (/qa or /netdesk/qa), for 「すべて表示」. */
  basePath: string;
  entries: Entry[];
  categories: string[];
  query?: string;
  category?: string;
  screen?: HelpScreen;
};

/**
 * Q&A: the search (分類 + キーワード, a GET form so a link can carry it) and the entries, each a question
 * that opens its answer. The answers are plain text kept by the administrators; line breaks are kept.
 */
export function QaList({ basePath, entries, categories, query, category, screen }: Props) {
  const filtered = Boolean(query || category || screen);
  return (
    <>
      <SearchForm
        label="Q&Aの検索"
        select={{ name: "category", label: "分類", value: category, options: categories.map((c) => ({ value: c, label: c })) }}
        text={{ name: "q", label: "キーワード", value: query, placeholder: "例: 印鑑、認証キー、消費税", grow: true }}
      />
      <p className="qa-count" aria-live="polite">
        {screen && <>「{HELP_SCREEN_LABEL[screen]}」の画面に関する質問 </>}
        {entries.length}件{filtered && <>（<Link href={basePath}>すべての質問を表示</Link>）</>}
      </p>
      {entries.length === 0 ? (
        <p className="panel">
          該当する質問は見つかりませんでした。別の言葉でお試しいただくか、申込先の<Link href="/help/branches">営業部・支店</Link>までお問い合わせください。
        </p>
      ) : (
        <ul className="qa-list" aria-label="質問と回答">
          {entries.map((entry) => (
            <li key={entry.id} id={`qa-${entry.id}`} className="qa-list__item">
              <details open={entries.length <= 3}>
                <summary>
                  <span className="qa-list__mark" aria-hidden="true">Q</span>
                  <span className="qa-list__question">{entry.question}</span>
                  <span className="qa-list__category">{entry.category}</span>
                </summary>
                <div className="qa-list__answer">
                  {entry.answer.split(/\n+/).map((paragraph, i) => (
                    <p key={i}>{paragraph}</p>
                  ))}
                </div>
              </details>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
