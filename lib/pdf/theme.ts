// Page geometry, type and colours of the PDF, matching the site's stone/blue palette.
export const palette = {
  ink: "#1c1917",
  text: "#292524",
  muted: "#57534e",
  faint: "#a8a29e",
  rule: "#e7e5e4",
  panel: "#fafaf9",
  accent: "#1d4ed8",
  accentSoft: "#dbeafe",
  /** Walk-backs and contradictions, as on the topic page's chart. */
  link: "#6d28d9",
  white: "#ffffff",
} as const;

/** The registered faces: DejaVu Sans for the text, DejaVu Serif for quotes and headings. */
export type Face = "sans" | "sansBold" | "sansItalic" | "serif" | "serifBold" | "serifItalic" | "mono";

/** A4 in points, with room above and below the text for the running header and the footer. */
export const PAGE = { width: 595.28, height: 841.89, marginX: 54, marginTop: 62, marginBottom: 62 } as const;
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.marginX;

export interface TextStyle {
  face: Face;
  size: number;
  /** Line height as a multiple of the size. */
  leading: number;
  color: string;
}

const style = (face: Face, size: number, leading: number, color: string): TextStyle => ({ face, size, leading, color });

export const TYPE = {
  chrome: style("sans", 7.5, 1.3, palette.muted),
  kicker: style("sansBold", 7.5, 1.3, palette.accent),
  title: style("serifBold", 24, 1.2, palette.ink),
  subtitle: style("sans", 12, 1.3, palette.muted),
  label: style("sans", 8, 1.35, palette.muted),
  proposition: style("serifItalic", 12.5, 1.35, palette.ink),
  small: style("sans", 8.5, 1.4, palette.muted),
  metaLabel: style("sansBold", 6.5, 1.4, palette.muted),
  metaValue: style("sans", 8.5, 1.4, palette.text),
  note: style("sans", 7.5, 1.45, palette.muted),
  sectionHeading: style("serifBold", 14, 1.3, palette.ink),
  subheading: style("sansBold", 9, 1.4, palette.ink),
  lead: style("sans", 10, 1.4, palette.text),
  body: style("sans", 9, 1.4, palette.text),
  chartLabel: style("sans", 7, 1.2, palette.muted),
  statementHeading: style("sans", 9.5, 1.35, palette.muted),
  occasion: style("sans", 8, 1.35, palette.muted),
  quote: style("serif", 10.5, 1.45, palette.ink),
  paraphrase: style("sans", 9.5, 1.45, palette.text),
  factLabel: style("sansBold", 6.5, 1.4, palette.muted),
  fact: style("sans", 8, 1.4, palette.text),
  url: style("mono", 7, 1.4, palette.accent),
  tag: style("sansBold", 6.5, 1.2, palette.muted),
  sourceTitle: style("sansBold", 9, 1.35, palette.ink),
} as const;

export const CLAIM_STATUS_COLOR = {
  UNVERIFIED: palette.muted,
  SUPPORTED: "#047857",
  DISPUTED: "#b45309",
  FALSE: "#be123c",
} as const;
