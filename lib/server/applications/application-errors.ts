// Messages of the 保証申込 use cases for what is not about one field.
export const APPLICATION_ERRORS = {
  notEditable: "この申込は送信済みのため、ここから変更することはできません。申込一覧から手続状況をご確認ください。",
  notFound: "申込が見つかりませんでした。申込一覧から開き直してください。",
  badKey: "送信の準備ができていません。画面を読み込み直して、もう一度お試しください。",
} as const;
