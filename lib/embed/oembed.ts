// oEmbed (https://oembed.com) for statement permalinks: the request checked strictly — only this
// site's own permalinks, JSON only, positive whole-number size limits — and the answer a "rich"
// type whose HTML is the card's iframe.
import { escapeMarkup } from "@/lib/text/markup";
import { EMBED_SIZE } from "./card";

export type OembedRequest =
  | { ok: true; statementId: number; maxWidth: number | null; maxHeight: number | null }
  | { ok: false; status: 400 | 404 | 501; message: string };

const MAX_DIMENSION = 10_000;

function dimension(value: string | null): number | null | undefined {
  if (value === null) return null;
  if (!/^[1-9]\d{0,4}$/.test(value) || Number(value) > MAX_DIMENSION) return undefined;
  return Number(value);
}

/** Reads /api/oembed's parameters; `origin` is this site's public origin. */
export function parseOembedRequest(params: URLSearchParams, origin: string): OembedRequest {
  const format = params.get("format");
  if (format !== null && format !== "json") return { ok: false, status: 501, message: "Only format=json is available." };
  const raw = params.getAll("url");
  if (raw.length !== 1 || raw[0]!.length > 2000) return { ok: false, status: 400, message: "Give exactly one url parameter." };
  let url: URL;
  try {
    url = new URL(raw[0]!);
  } catch {
    return { ok: false, status: 400, message: "The url parameter is not a URL." };
  }
  const maxWidth = dimension(params.get("maxwidth"));
  const maxHeight = dimension(params.get("maxheight"));
  if (maxWidth === undefined || maxHeight === undefined) {
    return { ok: false, status: 400, message: "maxwidth and maxheight must be whole numbers of pixels from 1 to 10000." };
  }
  const match = /^\/statements\/([1-9]\d{0,15})\/?$/.exec(url.pathname);
  const id = match ? Number(match[1]) : NaN;
  if (url.origin !== origin || url.username || url.password || url.search || !Number.isSafeInteger(id)) {
    return { ok: false, status: 404, message: "Only this site's statement permalinks can be embedded." };
  }
  return { ok: true, statementId: id, maxWidth, maxHeight };
}

export interface OembedStatement {
  id: number;
  title: string;
  speakerName: string;
  speakerSlug: string;
}

export function oembedResponse(statement: OembedStatement, origin: string, limits: { maxWidth: number | null; maxHeight: number | null }) {
  const width = Math.min(EMBED_SIZE.width, limits.maxWidth ?? Infinity);
  const height = Math.min(EMBED_SIZE.height, limits.maxHeight ?? Infinity);
  const src = `${origin}/embed/statements/${statement.id}`;
  const html =
    `<iframe src="${escapeMarkup(src)}" width="${width}" height="${height}" title="${escapeMarkup(statement.title)}" ` +
    `style="border:0;max-width:100%" loading="lazy"></iframe>`;
  const thumbnail = { width: 1200, height: 630 };
  const thumbnailFits = thumbnail.width <= (limits.maxWidth ?? Infinity) && thumbnail.height <= (limits.maxHeight ?? Infinity);
  return {
    version: "1.0",
    type: "rich",
    provider_name: "Statement Tracker",
    provider_url: `${origin}/`,
    title: statement.title,
    author_name: statement.speakerName,
    author_url: `${origin}/speakers/${statement.speakerSlug}`,
    cache_age: 3600,
    html,
    width,
    height,
    ...(thumbnailFits
      ? {
          thumbnail_url: `${origin}/statements/${statement.id}/share.png`,
          thumbnail_width: thumbnail.width,
          thumbnail_height: thumbnail.height,
        }
      : {}),
  };
}
