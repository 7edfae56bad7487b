// CSV that Excel (Japanese Windows) opens with Japanese intact: UTF-8 with a BOM (without it Excel
// assumes Shift_JIS), CRLF line ends, RFC 4180 quoting. A cell that starts with = + - @ (or their
// full-width forms, a tab or CR) is prefixed with ' so a spreadsheet shows it as text instead of
// running it as a formula (CSV injection: 工事名 and JV名 are typed by users).
const BOM = "\uFEFF";
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

export function csvCell(value: string | number | bigint | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | bigint | null | undefined)[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(","));
  return `${BOM}${lines.join("\r\n")}\r\n`;
}
