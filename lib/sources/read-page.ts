// A fetched page as a source: the article's text (@mozilla/readability on a linkedom DOM, the
// rest of the page left out) and its metadata (Open Graph, article:published_time, JSON-LD
// NewsArticle), for the analyst to check.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { decodeBytes, readImport } from "@/lib/import/text";

export interface PageArticle {
  title: string;
  outlet: string;
  author: string;
  /** YYYY-MM-DD, or null when the page does not say. */
  publishedOn: string | null;
  /** The article's text, normalised as a snapshot is stored. */
  text: string;
}

type Json = null | string | number | boolean | Json[] | { [key: string]: Json };

const ARTICLE_TYPES =
  /^(?:NewsArticle|Article|ReportageNews|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|WebPage|ReportageArticle|Report|SpeechObject)$/;

function jsonLdArticles(document: Document): Record<string, Json>[] {
  const found: Record<string, Json>[] = [];
  const visit = (node: Json) => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === "object") {
      const type = node["@type"];
      const types = Array.isArray(type) ? type : [type];
      if (types.some((t) => typeof t === "string" && ARTICLE_TYPES.test(t))) found.push(node);
      if (node["@graph"]) visit(node["@graph"]);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? "") as Json);
    } catch {
      // A broken JSON-LD block is ignored; the page's other metadata still counts.
    }
  }
  // NewsArticle first: a WebPage block is the weakest evidence.
  return found.sort((a, b) => Number(a["@type"] === "WebPage") - Number(b["@type"] === "WebPage"));
}

const nameOf = (value: Json | undefined): string => {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.map(nameOf).filter(Boolean).join(", ");
  if (value && typeof value === "object") return nameOf(value.name);
  return "";
};

/** The day of an ISO date-time or date, as written (the page's own calendar day). */
export function dayOf(value: string | null | undefined): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec((value ?? "").trim());
  if (!match) return null;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d) ? `${y}-${m}-${d}` : null;
}

const clean = (text: string | null | undefined, max = 500) => (text ?? "").replace(/\s+/g, " ").trim().slice(0, max);

/** The article and metadata of a page's HTML; `url` is where it was fetched from (for the outlet). */
export function readPage(html: string, url: string): PageArticle {
  const { document } = parseHTML(html);
  const meta = (selector: string) => clean(document.querySelector(selector)?.getAttribute("content"));
  const ld = jsonLdArticles(document as unknown as Document);
  const fromLd = (key: string) => ld.map((node) => nameOf(node[key])).find(Boolean) ?? "";
  const ldDate = ld.map((node) => node.datePublished).find((v): v is string => typeof v === "string");

  // Readability changes the document it reads: the metadata above is read first.
  const parsed = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  const articleHtml = parsed?.content ?? document.body?.innerHTML ?? html;
  const read = readImport({ text: `<html><body>${articleHtml}</body></html>`, format: "html" });
  const host = (() => {
    try {
      return new URL(url).hostname.replace(/^www\./, "");
    } catch {
      return "";
    }
  })();
  return {
    title: clean(meta('meta[property="og:title"]') || fromLd("headline") || parsed?.title || document.querySelector("title")?.textContent),
    outlet: clean(meta('meta[property="og:site_name"]') || fromLd("publisher") || parsed?.siteName || host, 200),
    author: clean(fromLd("author") || meta('meta[name="author"]') || meta('meta[property="article:author"]') || parsed?.byline, 200),
    publishedOn:
      dayOf(meta('meta[property="article:published_time"]')) ??
      dayOf(ldDate) ??
      dayOf(parsed?.publishedTime) ??
      dayOf(meta('meta[name="date"]')),
    text: read.ok ? read.snapshot.text : "",
  };
}

/** The bytes of a fetched page as HTML text (the charset the page declares, else UTF-8 / Windows-1252). */
export function pageHtml(body: Uint8Array, contentType: string): string {
  const charset = /charset=([\w-]+)/i.exec(contentType)?.[1]?.toLowerCase();
  if (charset && charset !== "utf-8" && charset !== "utf8") {
    try {
      return new TextDecoder(charset).decode(body);
    } catch {
      // An unknown charset label: fall back on the detection below.
    }
  }
  return decodeBytes(body).text;
}
