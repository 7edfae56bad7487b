import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { requireContractor } from "@/lib/auth/guards";
import { screenOfHelpSlug } from "@/lib/domain/help-screens";
import { listPublishedQaEntries } from "@/lib/server/qa/list-published-qa-entries";
import { SCREEN_HELP } from "./help-content";

type Params = { params: Promise<{ screen: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const slug = (await params).screen;
  const screen = screenOfHelpSlug(slug);
  return { title: screen ? SCREEN_HELP[slug as keyof typeof SCREEN_HELP].title : "ヘルプ" };
}

export default async function ScreenHelpPage({ params }: Params) {
  await requireContractor();
  const slug = (await params).screen;
  const screen = screenOfHelpSlug(slug);
  if (!screen) notFound();
  const help = SCREEN_HELP[slug as keyof typeof SCREEN_HELP];
  const { entries } = await listPublishedQaEntries({ screen });
  return (
    <main className="help-page">
      <Breadcrumbs items={[{ label: "全体トップ", href: "/netdesk" }, { label: help.screenLabel, href: help.screenHref }, { label: help.title }]} />
      <h1>{help.title}</h1>
      {help.body}
      {entries.length > 0 && (
        <section aria-labelledby="help-qa-heading">
          <h2 id="help-qa-heading">この画面についてのQ&amp;A</h2>
          <ul>
            {entries.map((entry) => (
              <li key={entry.id}>
                <Link href={`/netdesk/qa?screen=${screen}#qa-${entry.id}`}>{entry.question}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <p>
        <Link href={help.screenHref}>‹ {help.screenLabel}へ戻る</Link>
      </p>
    </main>
  );
}
