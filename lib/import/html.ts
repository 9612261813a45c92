// HTML → readable text for a source snapshot, on htmlparser2's forgiving tokenizer and the
// HTML spec's character references (the parser decodes them). The goal is the article's words
// with paragraph breaks, not a DOM. It never throws on malformed markup; scripts, styles,
// navigation and forms are dropped; block elements become blank-line paragraph breaks and <br> a
// line break. Text after a tag cut off at the end of the file is kept, not lost.
import { Parser } from "htmlparser2";

const BLOCK = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "body",
  "caption",
  "center",
  "dd",
  "details",
  "dialog",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hgroup",
  "hr",
  "html",
  "li",
  "main",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "tbody",
  "tfoot",
  "thead",
  "tr",
  "ul",
]);
const CELL = new Set(["td", "th"]);
// Their content is not article text: skipped whole, even when the closing tag is missing.
const NOT_TEXT = new Set(["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript", "template"]);
// Normal markup whose text is not part of the article; skipped only when it is explicitly closed,
// so that a stray unclosed <nav> does not swallow the rest of the page.
const SKIPPED = new Set(["head", "svg", "math", "nav", "form", "select", "button", "object", "canvas", "audio", "video", "picture"]);
// Phrasing elements make no break in the text. Treated as void they never go on the parser's
// stack, which htmlparser2 pays O(depth) for on every open tag: unclosed <b>/<font> soup would
// nest thousands deep. Past MAX_DEPTH every element is treated so (a 2 MB file of unclosed <div>s
// took minutes), and the text still comes out, with breaks at its block tags.
const PHRASING = new Set([
  "a",
  "abbr",
  "b",
  "bdi",
  "bdo",
  "big",
  "cite",
  "code",
  "data",
  "del",
  "dfn",
  "em",
  "font",
  "i",
  "ins",
  "kbd",
  "label",
  "mark",
  "q",
  "s",
  "samp",
  "small",
  "span",
  "strike",
  "strong",
  "sub",
  "sup",
  "time",
  "tt",
  "u",
  "var",
]);
const MAX_DEPTH = 256;
// Legacy references decoded by decodeEntities without their semicolon.
const LEGACY = new Set(["amp", "lt", "gt", "quot", "nbsp", "copy", "reg"]);

class TextParser extends Parser {
  protected override isVoidElement(name: string): boolean {
    // `stack` is private in htmlparser2's types; html.test.ts fails (by time) if it ever moves.
    const depth = (this as unknown as { stack?: unknown[] }).stack?.length ?? 0;
    return PHRASING.has(name) || depth >= MAX_DEPTH || super.isVoidElement(name);
  }
}

type Token =
  { type: "open"; name: string; close: number; explicit: boolean } | { type: "close"; name: string } | { type: "text"; text: string };

/** The document as a flat list of tokens; each open tag knows where it closes and how. */
function tokenize(html: string): Token[] {
  const tokens: Token[] = [];
  const stack: number[] = [];
  let pendingTag: number | null = null;
  const parser = new TextParser(
    {
      onopentagname() {
        pendingTag = parser.startIndex;
      },
      onopentag(name) {
        pendingTag = null;
        stack.push(tokens.length);
        tokens.push({ type: "open", name, close: -1, explicit: false });
      },
      onclosetag(name, implied) {
        const top = stack[stack.length - 1];
        if (top === undefined) return;
        const open = tokens[top] as Extract<Token, { type: "open" }>;
        if (open.name !== name) return; // the close of a tag that never opened (cut off at the end)
        stack.pop();
        open.close = tokens.length;
        open.explicit = !implied;
        tokens.push({ type: "close", name });
      },
      ontext(text) {
        tokens.push({ type: "text", text });
      },
    },
    { recognizeCDATA: true },
  );
  parser.end(html);
  // A tag still open at the end of the input (`<a href="x`) is text, as it was typed.
  if (pendingTag !== null) {
    let at = tokens.length;
    while (at > 0 && tokens[at - 1]!.type === "close") at--;
    tokens.splice(at, 0, { type: "text", text: decodeEntities(html.slice(pendingTag)) });
    for (const token of tokens) if (token.type === "open" && token.close >= at) token.close++;
  }
  return tokens;
}

/** Decodes character references (&amp; &#8220; &#x201C; &eacute;); unknown ones stay as written. */
export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  // Escape what the parser must leave alone: markup, and names other than the few legacy ones
  // without their semicolon (browsers decode more, but "&eacute" in prose is more often a typo).
  const escaped = text
    .replace(/&([a-zA-Z][a-zA-Z0-9]*)(?![a-zA-Z0-9;])/g, (whole, name: string) => (LEGACY.has(name) ? whole : `&amp;${name}`))
    .replace(/</g, "&lt;");
  let decoded = "";
  new Parser({ ontext: (chunk) => (decoded += chunk) }).end(escaped);
  return decoded;
}

const BR_MARK = "\u2028"; // stands for <br> until whitespace is collapsed

/** The readable text of an HTML document: paragraphs separated by blank lines. */
export function htmlToText(html: string): string {
  const tokens = tokenize(html);
  const paragraphs: string[] = [];
  let buffer = "";
  let preDepth = 0;

  const flush = () => {
    const text = preDepth > 0 ? buffer : buffer.replace(/[ \t\n\r\f\u00a0]+/g, " ");
    const cleaned = text
      .split(BR_MARK)
      .map((line) => (preDepth > 0 ? line.replace(/\s+$/, "") : line.trim()))
      .join("\n")
      .replace(/^\n+|\n+$/g, "");
    if (cleaned.trim()) paragraphs.push(cleaned);
    buffer = "";
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.type === "text") {
      buffer += token.text;
      continue;
    }
    const { name } = token;
    if (token.type === "open") {
      if (NOT_TEXT.has(name) || (SKIPPED.has(name) && token.explicit)) {
        i = token.close; // -1 never happens: the parser closes every element at the end
        continue;
      }
      if (name === "br") buffer += BR_MARK;
      else if (BLOCK.has(name)) {
        flush();
        if (name === "pre") preDepth += 1;
        if (name === "li") buffer += "- ";
      } else if (CELL.has(name)) buffer += " ";
      continue;
    }
    if (BLOCK.has(name)) flush();
    if (name === "pre") preDepth = Math.max(0, preDepth - 1);
    else if (CELL.has(name)) buffer += " ";
  }
  flush();
  return paragraphs.join("\n\n");
}

/** Whether pasted text is an HTML document or fragment rather than prose. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  if (head.startsWith("<!doctype html") || head.startsWith("<html")) return true;
  const tags = text.slice(0, 20_000).match(/<\/?(p|div|br|span|a|h[1-6]|li|ul|article|section|blockquote|em|strong|body)\b[^>]*>/gi);
  return (tags?.length ?? 0) >= 3;
}
