// The screens the helps and Q&A entries explain: a Q&A entry names one (QaEntry.screen), that screen's
// 「?」 helps link to its entries, and each contractor screen has its own help page (全体トップのヘルプ,
// 保証申込のヘルプ, 保証契約一覧のヘルプ, as the flyers show them).
export const HELP_SCREENS = ["TOP", "APPLICATION", "GUARANTEES", "VERIFY", "GENERAL"] as const;
export type HelpScreen = (typeof HELP_SCREENS)[number];

export const HELP_SCREEN_LABEL = {
  TOP: "全体トップ",
  APPLICATION: "保証申込",
  GUARANTEES: "保証契約一覧・電子保証概要",
  VERIFY: "電子保証の確認（発注者）",
  GENERAL: "その他",
} as const satisfies Record<HelpScreen, string>;

/** The contractor screens with a help page of their own: /netdesk/help/<slug>. */
export const SCREEN_HELP_SLUG = { TOP: "top", APPLICATION: "applications", GUARANTEES: "guarantees" } as const satisfies Partial<Record<HelpScreen, string>>;
export type ScreenHelpSlug = (typeof SCREEN_HELP_SLUG)[keyof typeof SCREEN_HELP_SLUG];

export function isHelpScreen(value: unknown): value is HelpScreen {
  return typeof value === "string" && (HELP_SCREENS as readonly string[]).includes(value);
}

export function screenOfHelpSlug(slug: string): keyof typeof SCREEN_HELP_SLUG | undefined {
  return (Object.keys(SCREEN_HELP_SLUG) as (keyof typeof SCREEN_HELP_SLUG)[]).find((screen) => SCREEN_HELP_SLUG[screen] === slug);
}
