// pdf-lib 1.17 was written against @pdf-lib/fontkit, whose subsets have encodeStream().
// That fontkit (1.1.1) drops most Noto Sans JP glyphs when subsetting (a known upstream bug); upstream
// fontkit 2 subsets correctly but renamed the call to encode(). This adapter gives pdf-lib the
// old shape over fontkit 2.
import { EventEmitter } from "node:events";
import * as fontkit from "fontkit";

type Subset = { encode(): Uint8Array; includeGlyph(glyph: unknown): number };
type Font = { createSubset(): Subset };

function withEncodeStream(subset: Subset) {
  return Object.assign(subset, {
    encodeStream() {
      const stream = new EventEmitter();
      // Emit after pdf-lib has attached its listeners.
      setImmediate(() => {
        try {
          stream.emit("data", subset.encode());
          stream.emit("end");
        } catch (error) {
          stream.emit("error", error);
        }
      });
      return stream;
    },
  });
}

// Parsing a 5 MB CJK font takes ~100 ms; the font bytes are loaded once per process
// (lib/pdf/fonts.ts), so the parsed font is kept per bytes object and reused by every document.
// Each document still makes its own subset.
const parsed = new WeakMap<Uint8Array, Font>();

export const fontkitForPdfLib = {
  create(data: Uint8Array, postscriptName?: string) {
    let font = parsed.get(data);
    if (!font) {
      font = fontkit.create(Buffer.from(data.buffer, data.byteOffset, data.byteLength), postscriptName) as unknown as Font;
      const createSubset = font.createSubset.bind(font);
      font = Object.assign(font, { createSubset: () => withEncodeStream(createSubset()) });
      parsed.set(data, font);
    }
    return font;
  },
};
