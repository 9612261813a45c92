// The part of fontkit's API the share images use (fontkit ships no type declarations).
declare module "fontkit" {
  interface Font {
    /** Every code point the font maps to a glyph. */
    characterSet: number[];
  }
  export function create(buffer: Buffer): Font;
}
