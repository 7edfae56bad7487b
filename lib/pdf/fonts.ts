// Fonts for PDFs, read from the project's own dependencies (no system font, nothing fetched at
// run time) once per process. Noto Sans JP for Japanese; JetBrains Mono for the 認証キー because
// it tells 0/O and 1/l/I apart (slashed-dot zero, tailed l, serifed I).
// Upstream fontkit 2 is used for embedding: @pdf-lib/fontkit 1.1.1 drops Noto Sans JP glyphs when
// subsetting (a known upstream bug: the PDF renders with holes); fontkit 2 subsets it correctly.
import fs from "node:fs/promises";
import path from "node:path";

const FONT_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), "node_modules", "@expo-google-fonts");

const FILES = {
  jpRegular: "noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf",
  jpBold: "noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf",
  keyMono: "jetbrains-mono/700Bold/JetBrainsMono_700Bold.ttf",
} as const;

export type PdfFontBytes = Record<keyof typeof FILES, Uint8Array>;

let loading: Promise<PdfFontBytes> | undefined;

export function loadPdfFonts(): Promise<PdfFontBytes> {
  loading ??= (async () => {
    const entries = await Promise.all(
      Object.entries(FILES).map(async ([name, file]) => [name, await fs.readFile(path.join(FONT_DIR, file))] as const),
    );
    return Object.fromEntries(entries) as unknown as PdfFontBytes;
  })();
  return loading;
}
