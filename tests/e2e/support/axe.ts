import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

// WCAG 2.0 and 2.1, levels A and AA: what public-sector sites in Japan are held to (JIS X 8341-3).
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const BLOCKING = new Set(["serious", "critical"]);

/**
 * Runs axe on the page as it is now; fails (softly, so one run reports every page) listing every serious
 * or critical violation, one line per node. `exclude`: selectors axe leaves out.
 */
export async function expectNoSeriousViolations(page: Page, label: string, options: { exclude?: string[] } = {}) {
  let builder = new AxeBuilder({ page }).withTags(TAGS);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  const { violations } = await builder.analyze();
  const blocking = violations.filter((v) => BLOCKING.has(v.impact ?? ""));
  const report = blocking.flatMap((v) =>
    v.nodes.map((n) => `[${v.impact}] ${v.id}: ${v.help}\n    at ${n.target.join(" ")}\n    ${n.failureSummary?.replace(/\n/g, "\n    ") ?? ""}`),
  );
  expect.soft(report, `${label} (${page.url()})\n${report.join("\n")}`).toEqual([]);
}
