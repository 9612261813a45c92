// Atom 1.0 documents (RFC 4287) of published statements, written with the `feed` package.
// `feed` puts entry titles and content in CDATA as type="html", so they are given as escaped
// HTML; plain text nodes (feed title, subtitle, names) pass through xml-js, which first turns
// "&amp;" back into "&" — escaping every "&" beforehand makes that step give back the text as is.
import { Feed } from "feed";
import { STANCE_LABEL } from "@/lib/stances/scale";
import { SOURCE_KIND_LABEL } from "@/lib/sources/kinds";
import { CLAIM_STATUS_LABEL } from "@/lib/claims/kinds";
import type { PublicStatement } from "@/lib/export/schema";
import { escapeMarkup } from "@/lib/text/markup";

export interface AtomFeedInput {
  /** Absolute URL of the feed itself: its id and its rel="self" link. */
  selfUrl: string;
  /** The HTML page the feed belongs to. */
  pageUrl: string;
  title: string;
  subtitle?: string;
  /** Used when there are no entries; otherwise the newest entry's update time. */
  fallbackUpdated: Date;
  statements: PublicStatement[];
}

// Characters XML 1.0 does not allow at all, even escaped.
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const xmlSafe = (text: string) => text.replace(NOT_XML, "");

/** For text nodes that xml-js writes (see above). */
const plain = (text: string) => xmlSafe(text).replace(/&/g, "&amp;");

export function escapeHtml(text: string): string {
  return escapeMarkup(xmlSafe(text));
}

const paragraphs = (text: string) =>
  text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => `<p>${escapeHtml(p.trim()).replace(/\r?\n/g, "<br>")}</p>`)
    .join("");

const TITLE_LENGTH = 120;

export function entryTitle(statement: PublicStatement): string {
  const text = statement.text.replace(/\s+/g, " ").trim();
  const short = text.length > TITLE_LENGTH ? `${text.slice(0, TITLE_LENGTH - 1).trimEnd()}…` : text;
  return `${statement.speaker.name}, ${statement.date.label}: ${statement.kind === "QUOTE" ? `“${short}”` : short}`;
}

/** The entry's body: who and when, the text, then topics with stances, claims and sources. */
export function entryHtml(s: PublicStatement): string {
  const link = (href: string, text: string) => `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`;
  const parts = [
    `<p>${link(s.speaker.url, s.speaker.name)}${s.speaker.role ? `, ${escapeHtml(s.speaker.role)}` : ""} — ${escapeHtml(s.date.label)}${
      s.event ? ` — ${escapeHtml(s.event.name)}${s.event.location ? `, ${escapeHtml(s.event.location)}` : ""}` : ""
    }</p>`,
    s.kind === "QUOTE" ? `<blockquote>${paragraphs(s.text)}</blockquote>` : `<p><em>Paraphrase:</em></p>${paragraphs(s.text)}`,
  ];
  if (s.context) parts.push(`<p><em>Context:</em> ${escapeHtml(s.context)}</p>`);
  if (s.topics.length > 0) {
    parts.push(
      `<p>Topics: ${s.topics.map((t) => `${link(t.url, t.name)} (${escapeHtml(STANCE_LABEL[t.stance].toLowerCase())})`).join("; ")}</p>`,
    );
  }
  if (s.claims.length > 0) {
    parts.push(
      `<p>Claims:</p><ul>${s.claims.map((c) => `<li>${escapeHtml(c.text)} — ${escapeHtml(CLAIM_STATUS_LABEL[c.status])}</li>`).join("")}</ul>`,
    );
  }
  if (s.sources.length > 0) {
    const source = (x: PublicStatement["sources"][number]) =>
      `${x.url ? link(x.url, x.title) : escapeHtml(x.title)} (${escapeHtml([SOURCE_KIND_LABEL[x.kind], x.outlet].filter(Boolean).join(", "))})`;
    parts.push(`<p>Sources: ${s.sources.map(source).join("; ")}</p>`);
  }
  parts.push(`<p>${link(s.url, "Permalink")}</p>`);
  return parts.join("\n");
}

export function renderAtomFeed(input: AtomFeedInput): string {
  const newest = input.statements.reduce<string | null>((max, s) => (max === null || s.updatedAt > max ? s.updatedAt : max), null);
  const feed = new Feed({
    id: input.selfUrl,
    title: plain(input.title),
    description: input.subtitle ? plain(input.subtitle) : undefined,
    link: input.pageUrl,
    feed: input.selfUrl,
    updated: newest ? new Date(newest) : input.fallbackUpdated,
    generator: "Statement Tracker",
    // RFC 4287 4.1.1: a feed names an author unless every entry does; a query that matches nothing
    // has no entries, so the site is the feed's author (each entry still names its speaker).
    author: { name: "Statement Tracker", link: `${new URL(input.pageUrl).origin}/` },
  });
  for (const s of input.statements) {
    feed.addItem({
      id: s.url,
      link: s.url,
      title: escapeHtml(entryTitle(s)),
      date: new Date(s.updatedAt),
      content: entryHtml(s),
      author: [{ name: plain(s.speaker.name), link: s.speaker.url }],
      // Slugs only: `feed` escapes "&" in attributes but not "<", so a topic's name cannot go in a label.
      category: s.topics.map((t) => ({ term: t.slug })),
    });
  }
  return feed.atom1();
}
