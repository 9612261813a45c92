// HTML → readable text for a source snapshot. A small, forgiving tokenizer rather than a full
// parser: the goal is the article's words with paragraph breaks, not a DOM. It never throws on
// malformed markup (unclosed tags, stray "<", unterminated comments); scripts, styles, navigation
// and forms are dropped; block elements become blank-line paragraph breaks and <br> a line break.

const BLOCK = new Set([
  "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "div", "dl",
  "dt", "fieldset", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
  "html", "li", "main", "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul",
]);
const CELL = new Set(["td", "th"]);
// Their content is not text at all: skipped up to the closing tag, whatever it contains.
const RAW_TEXT = new Set(["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript"]);
// Normal markup whose text is not part of the article; skipped only when a closing tag exists.
const SKIPPED = new Set(["svg", "math", "nav", "form", "select", "button", "template", "object", "canvas", "audio", "video", "picture"]);

const ACCENTS: Record<string, string> = {
  acute: "\u0301", grave: "\u0300", circ: "\u0302", uml: "\u0308", tilde: "\u0303", ring: "\u030a", cedil: "\u0327", caron: "\u030c",
};
const NAMED: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", ensp: " ", emsp: " ", thinsp: " ", shy: "", zwj: "", zwnj: "",
  ndash: "–", mdash: "—", minus: "−", lsquo: "‘", rsquo: "’", sbquo: "‚", ldquo: "“", rdquo: "”", bdquo: "„",
  laquo: "«", raquo: "»", lsaquo: "‹", rsaquo: "›", hellip: "…", bull: "•", middot: "·", prime: "′", Prime: "″",
  copy: "©", reg: "®", trade: "™", deg: "°", plusmn: "±", times: "×", divide: "÷", euro: "€", pound: "£", yen: "¥",
  cent: "¢", sect: "§", para: "¶", frac12: "½", frac14: "¼", frac34: "¾", sup2: "²", sup3: "³", percnt: "%",
  szlig: "ß", aelig: "æ", AElig: "Æ", oelig: "œ", OElig: "Œ", oslash: "ø", Oslash: "Ø", eth: "ð", ETH: "Ð",
  thorn: "þ", THORN: "Þ", lstrok: "ł", Lstrok: "Ł", iexcl: "¡", iquest: "¿", dagger: "†", Dagger: "‡", permil: "‰",
};
// Decoded even without the closing semicolon, as browsers do for these legacy names.
const LEGACY = new Set(["amp", "lt", "gt", "quot", "nbsp", "copy", "reg"]);
// Numeric references 0x80–0x9F mean Windows-1252 characters (HTML spec).
const WINDOWS_1252_C1 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

function namedEntity(name: string): string | undefined {
  const known = NAMED[name];
  if (known !== undefined) return known;
  const accented = /^([a-zA-Z])(acute|grave|circ|uml|tilde|ring|cedil|caron)$/.exec(name);
  if (!accented) return undefined;
  const composed = (accented[1]! + ACCENTS[accented[2]!]).normalize("NFC");
  return composed.length === 1 ? composed : undefined;
}

function codePointText(code: number): string {
  if (code >= 0x80 && code <= 0x9f) return WINDOWS_1252_C1[code - 0x80]!;
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return "\ufffd";
  return String.fromCodePoint(code);
}

/** Decodes character references (&amp; &#8220; &#x201C; &eacute;); unknown ones stay as written. */
export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#[xX][0-9a-fA-F]{1,8}|#[0-9]{1,9}|[a-zA-Z][a-zA-Z0-9]{1,31})(;?)/g, (whole, body: string, semi: string) => {
    if (body.startsWith("#")) {
      const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return codePointText(code);
    }
    if (!semi && !LEGACY.has(body)) return whole;
    return namedEntity(body) ?? whole;
  });
}

const BR_MARK = "\u2028"; // stands for <br> until whitespace is collapsed

/** The readable text of an HTML document: paragraphs separated by blank lines. */
export function htmlToText(html: string): string {
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

  const lower = html.toLowerCase();
  const length = html.length;
  let i = 0;
  while (i < length) {
    const lt = html.indexOf("<", i);
    const textEnd = lt === -1 ? length : lt;
    if (textEnd > i) buffer += decodeEntities(html.slice(i, textEnd));
    if (lt === -1) break;
    i = lt;
    const next = html[i + 1] ?? "";
    if (html.startsWith("<!--", i)) {
      const close = html.indexOf("-->", i + 4);
      i = close === -1 ? length : close + 3;
      continue;
    }
    if (next === "!" || next === "?") {
      if (html.startsWith("<![CDATA[", i)) {
        const close = html.indexOf("]]>", i);
        buffer += html.slice(i + 9, close === -1 ? length : close);
        i = close === -1 ? length : close + 3;
        continue;
      }
      const close = html.indexOf(">", i);
      i = close === -1 ? length : close + 1;
      continue;
    }
    const tag = /^<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)/.exec(html.slice(i, i + 64));
    if (!tag) {
      buffer += "<"; // a stray "<" is text, as in browsers
      i += 1;
      continue;
    }
    const tagEnd = findTagEnd(html, i + tag[0].length);
    if (tagEnd === -1) {
      buffer += "<";
      i += 1;
      continue;
    }
    const closing = tag[1] === "/";
    const name = tag[2]!.toLowerCase();
    i = tagEnd + 1;
    if (closing) {
      if (BLOCK.has(name)) flush();
      if (name === "pre") preDepth = Math.max(0, preDepth - 1);
      else if (CELL.has(name)) buffer += " ";
      continue;
    }
    if (name === "head") {
      const ends = [lower.indexOf("</head", i), lower.indexOf("<body", i)].filter((p) => p !== -1);
      if (ends.length > 0) i = Math.min(...ends);
      continue;
    }
    if (RAW_TEXT.has(name)) {
      const close = lower.indexOf(`</${name}`, i);
      if (close === -1) {
        i = length;
      } else {
        const end = html.indexOf(">", close);
        i = end === -1 ? length : end + 1;
      }
      continue;
    }
    if (SKIPPED.has(name) && !html.slice(tagEnd - 1, tagEnd + 1).startsWith("/")) {
      const close = findClosing(lower, name, i);
      if (close !== -1) {
        i = close;
        continue;
      }
    }
    if (name === "br") {
      buffer += BR_MARK;
      continue;
    }
    if (BLOCK.has(name)) {
      flush();
      if (name === "pre") preDepth += 1;
      if (name === "li") buffer += "- ";
      continue;
    }
    if (CELL.has(name)) buffer += " ";
  }
  flush();
  return paragraphs.join("\n\n");
}

/** The index of the ">" closing a tag, skipping quoted attribute values; -1 when there is none. */
function findTagEnd(html: string, from: number): number {
  let quote: string | null = null;
  for (let i = from; i < html.length; i++) {
    const ch = html[i];
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") {
      // A quote only opens an attribute value right after "=".
      if (/=\s*$/.test(html.slice(Math.max(from, i - 8), i))) quote = ch;
    } else if (ch === ">") {
      return i;
    } else if (ch === "<") {
      return -1;
    }
  }
  return -1;
}

/** Where the element opened before `from` ends (just after its closing tag), nested ones counted. */
function findClosing(lower: string, name: string, from: number): number {
  let depth = 1;
  const pattern = new RegExp(`<(/?)${name}(?=[\\s>/])`, "g");
  pattern.lastIndex = from;
  for (let match = pattern.exec(lower); match; match = pattern.exec(lower)) {
    depth += match[1] ? -1 : 1;
    if (depth === 0) {
      const end = lower.indexOf(">", match.index);
      return end === -1 ? lower.length : end + 1;
    }
  }
  return -1;
}

/** Whether pasted text is an HTML document or fragment rather than prose. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  if (head.startsWith("<!doctype html") || head.startsWith("<html")) return true;
  const tags = text.slice(0, 20_000).match(/<\/?(p|div|br|span|a|h[1-6]|li|ul|article|section|blockquote|em|strong|body)\b[^>]*>/gi);
  return (tags?.length ?? 0) >= 3;
}
