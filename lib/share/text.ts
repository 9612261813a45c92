// Text for share images: a quote cut to what fits, and only characters the image's fonts can
// draw. A character no font has would make the renderer fetch a font from the network (next/og
// asks an online font service for missing scripts), so such characters become a visible stand-in.

const ELLIPSIS = "…";

/** Whitespace runs (line breaks included) as single spaces. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

const graphemes = (text: string) => Array.from(new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(text), (s) => s.segment);

/**
 * The text in at most `max` characters (graphemes), cut at the last word break that fits and
 * ended with an ellipsis. Text without spaces (Chinese, Japanese) is cut between characters.
 */
export function truncateOnWord(text: string, max: number): string {
  const flat = oneLine(text);
  const chars = graphemes(flat);
  if (chars.length <= max) return flat;
  const room = chars.slice(0, Math.max(1, max - 1)).join("");
  // When the next character is a space, the room ends on a whole word.
  const lastSpace = chars[Math.max(1, max - 1)] === " " ? room.length : room.lastIndexOf(" ");
  // A break in the first half would throw away too much; cut inside the word instead.
  const cut = lastSpace >= room.length / 2 ? room.slice(0, lastSpace) : room;
  return `${cut.replace(/[\s,;:.–—-]+$/u, "")}${ELLIPSIS}`;
}

/** Replaces each character none of the fonts has with the stand-in (spaces and controls pass). */
export function drawableText(text: string, hasGlyph: (codePoint: number) => boolean, standIn = "□"): string {
  let out = "";
  for (const char of text) {
    const codePoint = char.codePointAt(0)!;
    // Joiners and variation selectors have no glyph of their own; dropping them keeps the base.
    if (codePoint === 0x200d || (codePoint >= 0xfe00 && codePoint <= 0xfe0f)) continue;
    out += codePoint <= 0x20 || hasGlyph(codePoint) ? char : standIn;
  }
  return out;
}

/** Whether text is mostly written right to left (Hebrew, Arabic…): the image then aligns it right. */
export function isRightToLeft(text: string): boolean {
  const rtl = text.match(/[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/gu)?.length ?? 0;
  const ltr = text.match(/\p{L}/gu)?.length ?? 0;
  return rtl > 0 && rtl * 2 >= ltr;
}
