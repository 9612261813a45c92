import "server-only";
// Share images (Open Graph / Twitter cards): a statement as a 1200×630 PNG, drawn on the server by
// next/og (satori lays out, resvg rasterises; no browser) with the site's DejaVu fonts.
import { ImageResponse } from "next/og";
import { shareFonts } from "./fonts";
import { drawableText, isRightToLeft, oneLine, truncateOnWord } from "./text";

export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;
export const SHARE_IMAGE_TYPE = "image/png";

/** What a card shows. Texts are plain: satori draws them as text, never as markup. */
export interface ShareCard {
  /** Above the quote: "Statement" or the topic's name. */
  heading: string;
  kind: "QUOTE" | "PARAPHRASE";
  text: string;
  speaker: string;
  role: string | null;
  /** The date as readers see it ("12 Nov 2024", "Nov 2024", "c. mid-2025"). */
  dateLabel: string;
  /** The precision note shown beside vague dates ("known only to the month"). */
  dateNote: string | null;
  source: string | null;
}

export const QUOTE_LENGTH = 220;
const HEADING_LENGTH = 70;
const LINE_LENGTH = 90;

const COLOURS = { paper: "#fafaf9", ink: "#1c1917", muted: "#57534e", accent: "#1d4ed8", rule: "#d6d3d1" };

export async function renderShareImage(card: ShareCard): Promise<Buffer> {
  const { fonts, hasGlyph } = await shareFonts();
  const draw = (text: string, max: number) => drawableText(truncateOnWord(text, max), hasGlyph);
  const text = draw(card.text, QUOTE_LENGTH);
  const rtl = isRightToLeft(text);
  const quoteSize = text.length > 160 ? 38 : text.length > 90 ? 44 : 52;
  const when = card.dateNote ? `${card.dateLabel} (${card.dateNote})` : card.dateLabel;
  const image = new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        background: COLOURS.paper,
        color: COLOURS.ink,
        fontFamily: "DejaVu Sans",
        padding: "56px 72px",
      }}
    >
      <div style={{ display: "flex", justifyContent: "space-between", fontSize: 24, color: COLOURS.muted }}>
        <span>Statement Tracker</span>
        <span>{draw(card.heading, HEADING_LENGTH)}</span>
      </div>
      <div
        style={{
          display: "flex",
          flexGrow: 1,
          alignItems: "center",
          marginTop: 24,
          marginBottom: 24,
          paddingLeft: 36,
          borderLeft: `10px solid ${COLOURS.accent}`,
        }}
      >
        <div
          style={{
            display: "flex",
            width: "100%",
            fontFamily: "DejaVu Serif",
            fontSize: quoteSize,
            lineHeight: 1.3,
            textAlign: rtl ? "right" : "left",
            justifyContent: rtl ? "flex-end" : "flex-start",
          }}
        >
          {card.kind === "QUOTE" ? `“${text}”` : `Paraphrase: ${text}`}
        </div>
      </div>
      <div style={{ display: "flex", flexDirection: "column", borderTop: `2px solid ${COLOURS.rule}`, paddingTop: 20 }}>
        <div style={{ display: "flex", fontSize: 34, fontWeight: 700 }}>{draw(card.speaker, LINE_LENGTH)}</div>
        <div style={{ display: "flex", fontSize: 26, color: COLOURS.muted, marginTop: 6 }}>
          {draw([card.role, when].filter(Boolean).join(" · "), LINE_LENGTH)}
        </div>
        {card.source ? (
          <div style={{ display: "flex", fontSize: 22, color: COLOURS.muted, marginTop: 6 }}>
            {draw(`Source: ${oneLine(card.source)}`, LINE_LENGTH + 10)}
          </div>
        ) : null}
      </div>
    </div>,
    { ...SHARE_IMAGE_SIZE, fonts },
  );
  // Rendered to the end here, so a failure is an error response and not a cut-off image.
  return Buffer.from(await image.arrayBuffer());
}

/** The PNG as a response; images change when the statement does, so caches revalidate. */
export function shareImageResponse(png: Buffer): Response {
  return new Response(new Uint8Array(png), {
    headers: {
      "Content-Type": SHARE_IMAGE_TYPE,
      "Content-Length": String(png.length),
      "Cache-Control": "public, max-age=300, must-revalidate",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
