// A small top-down layout helper over a pdf-lib page: a cursor that moves down as text,
// wrapped paragraphs and tables are drawn. PDF coordinates start at the bottom left.
import type { PDFFont, PDFPage, RGB } from "pdf-lib";
import { rgb } from "pdf-lib";

type FontName = "regular" | "bold" | "mono";
type TextOptions = { font?: FontName; color?: RGB };

const INK = rgb(0.1, 0.13, 0.18);
const BORDER = rgb(0.6, 0.65, 0.7);
const HEADER_FILL = rgb(0.93, 0.95, 0.97);
const KEY_FILL = rgb(0.96, 0.98, 1);
const MUTED = rgb(0.36, 0.4, 0.46);
const NO_LINE_START = new Set("、。，．・：；？！）」』】〕〉》ー〜ぁぃぅぇぉっゃゅょァィゥェォッャュョ,.)");

export class PdfCanvas {
  y: number;
  readonly left: number;
  readonly right: number;
  readonly bottom: number;

  constructor(
    readonly page: PDFPage,
    private readonly fonts: Record<FontName, PDFFont>,
    private readonly margin: number,
  ) {
    this.left = margin;
    this.right = page.getWidth() - margin;
    this.bottom = margin;
    this.y = page.getHeight() - margin;
  }

  /** A canvas on a new page of the same size, fonts and margin. */
  newPage(): PdfCanvas {
    const page = this.page.doc.addPage([this.page.getWidth(), this.page.getHeight()]);
    return new PdfCanvas(page, this.fonts, this.margin);
  }

  get contentWidth(): number {
    return this.right - this.left;
  }

  gap(points: number): void {
    this.y -= points;
  }

  private lineHeight(size: number): number {
    return size * 1.55;
  }

  private draw(text: string, x: number, size: number, options: TextOptions = {}): void {
    this.page.drawText(text, { x, y: this.y - size, size, font: this.fonts[options.font ?? "regular"], color: options.color ?? INK });
  }

  private width(text: string, size: number, font: FontName = "regular"): number {
    return this.fonts[font].widthOfTextAtSize(text, size);
  }

  text(text: string, size: number, options?: TextOptions): void {
    this.draw(text, this.left, size, options);
    this.y -= this.lineHeight(size);
  }

  textRight(text: string, size: number, options?: TextOptions): void {
    this.draw(text, this.right - this.width(text, size, options?.font), size, options);
    this.y -= this.lineHeight(size);
  }

  textCentered(text: string, size: number, options?: TextOptions): void {
    this.draw(text, this.left + (this.contentWidth - this.width(text, size, options?.font)) / 2, size, options);
    this.y -= this.lineHeight(size);
  }

  /**
   * Breaks text into lines no wider than maxWidth. Japanese may break between any two characters,
   * except that closing punctuation never starts a line (禁則): it hangs at the end of the line.
   */
  wrap(text: string, size: number, maxWidth: number, font: FontName = "regular"): string[] {
    const lines: string[] = [];
    let line = "";
    let lineWidth = 0;
    for (const ch of text) {
      // Summing per-character advances (no kerning in Japanese text) keeps wrapping linear.
      const chWidth = this.width(ch, size, font);
      if (line && !NO_LINE_START.has(ch) && lineWidth + chWidth > maxWidth) {
        lines.push(line);
        line = "";
        lineWidth = 0;
      }
      line += ch;
      lineWidth += chWidth;
    }
    if (line) lines.push(line);
    return lines.length ? lines : [""];
  }

  paragraph(text: string, size: number, maxWidth = this.contentWidth, color?: RGB): void {
    for (const line of this.wrap(text, size, maxWidth)) this.text(line, size, { color });
  }

  rule(thickness: number, color: RGB = BORDER, width = this.contentWidth): void {
    this.page.drawLine({ start: { x: this.left, y: this.y }, end: { x: this.left + width, y: this.y }, thickness, color });
  }

  /** Two-column table: label cell shaded, value cell wrapped. */
  table(rows: [string, string][], labelWidth: number, size: number): void {
    const pad = 6;
    const valueWidth = this.contentWidth - labelWidth;
    for (const [label, value] of rows) {
      const lines = this.wrap(value, size, valueWidth - pad * 2);
      const height = Math.max(1, lines.length) * this.lineHeight(size) + pad * 1.4;
      const top = this.y;
      const box = { y: top - height, height, borderColor: BORDER, borderWidth: 0.6 };
      this.page.drawRectangle({ ...box, x: this.left, width: labelWidth, color: HEADER_FILL });
      this.page.drawRectangle({ ...box, x: this.left + labelWidth, width: valueWidth });
      this.y = top - pad;
      this.draw(label, this.left + pad, size, { font: "bold" });
      for (const line of lines) {
        this.draw(line, this.left + labelWidth + pad, size);
        this.y -= this.lineHeight(size);
      }
      this.y = top - height;
    }
  }

  /**
   * The 認証キー: large, monospaced and spaced, in a framed box; under it a note and a legend that
   * shows the easily confused characters in the key's own face with their names.
   */
  keyBox(label: string, key: string, note: string, legend: [string, string][]): void {
    const keySize = 30;
    const spacing = 6;
    const legendSize = 9.5;
    const height = 30 + keySize * 1.3 + this.lineHeight(9) + this.lineHeight(legendSize) + 16;
    const top = this.y;
    this.page.drawRectangle({ x: this.left, y: top - height, width: this.contentWidth, height, color: KEY_FILL, borderColor: rgb(0.04, 0.31, 0.54), borderWidth: 1.2 });
    this.y = top - 10;
    this.draw(label, this.left + 12, 11, { font: "bold" });
    this.y -= 22;
    const charWidth = this.width("M", keySize, "mono");
    const total = key.length * charWidth + (key.length - 1) * spacing;
    let x = this.left + (this.contentWidth - total) / 2;
    for (const ch of key) {
      this.draw(ch, x, keySize, { font: "mono" });
      x += charWidth + spacing;
    }
    this.y -= keySize * 1.3;
    this.draw(note, this.left + 12, 9, { color: MUTED });
    this.y -= this.lineHeight(9);
    x = this.left + 12;
    for (const [glyph, name] of legend) {
      this.draw(glyph, x, legendSize + 1, { font: "mono" });
      x += this.width(glyph, legendSize + 1, "mono") + 3;
      this.draw(`＝${name}`, x, legendSize, { color: MUTED });
      x += this.width(`＝${name}`, legendSize) + 14;
    }
    this.y = top - height;
  }
}
