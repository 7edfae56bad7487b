// fontkit 2 ships no types; only create() is used (lib/pdf/fontkit-adapter.ts).
declare module "fontkit" {
  export function create(buffer: Buffer, postscriptName?: string): unknown;
}
