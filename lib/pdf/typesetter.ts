// A thin layer over PDFKit for the dossier: paragraphs of styled runs with line heights as
// multiples of the size, measuring before drawing, and keeping blocks whole across pages.
import type PDFDocument from "pdfkit";
import { PAGE, type Face, type TextStyle } from "./theme";

export interface Run {
  text: string;
  face?: Face;
  color?: string;
  link?: string;
}

/** What a paragraph is in the document's structure tree; "Artifact" is decoration (page headers), null leaves it unmarked. */
export type StructureTag = "P" | "H1" | "H2" | "H3" | "Artifact" | null;

export class Typesetter {
  readonly left = PAGE.marginX;
  readonly right = PAGE.width - PAGE.marginX;
  readonly top = PAGE.marginTop;
  readonly bottom = PAGE.height - PAGE.marginBottom;

  private readonly root: ReturnType<PDFDocument["struct"]> | null;

  /** With `tagged`, every paragraph goes into the structure tree, so screen readers read it in order. */
  constructor(
    readonly doc: PDFDocument,
    tagged = false,
  ) {
    this.root = tagged ? doc.struct("Document") : null;
    if (this.root) doc.addStructure(this.root);
  }

  /** Closes the structure tree; call once, after the last paragraph. */
  finish(): void {
    this.root?.end();
  }

  get y(): number {
    return this.doc.y;
  }

  set y(value: number) {
    this.doc.y = value;
  }

  /** Zero-based index of the page being written (pages are only ever added at the end). */
  get page(): number {
    return this.doc.bufferedPageRange().count - 1;
  }

  /** Selects the style and returns the gap PDFKit must add to each line to reach its leading. */
  private use(style: TextStyle): number {
    this.doc.font(style.face).fontSize(style.size).fillColor(style.color);
    return Math.max(0, style.leading * style.size - this.doc.currentLineHeight(true));
  }

  /** Height a paragraph takes, measured with its style's face (runs in bold barely differ). */
  measure(runs: string | Run[], style: TextStyle, width: number): number {
    const text = typeof runs === "string" ? runs : runs.map((run) => run.text).join("");
    if (text === "") return 0;
    const lineGap = this.use(style);
    return this.doc.heightOfString(text, { width, lineGap });
  }

  /** Sets a paragraph at (x, y) and leaves the cursor below it; returns its height. */
  write(
    runs: string | Run[],
    style: TextStyle,
    x: number,
    width: number,
    options: { y?: number; align?: "left" | "center" | "right"; tag?: StructureTag } = {},
  ): number {
    const tag = options.tag === undefined ? "P" : options.tag;
    if (!this.root || tag === null) return this.set(runs, style, x, width, options);
    if (tag === "Artifact") {
      this.doc.markContent("Artifact");
      const height = this.set(runs, style, x, width, options);
      this.doc.endMarkedContent();
      return height;
    }
    let height = 0;
    this.root.add(this.doc.struct(tag, () => (height = this.set(runs, style, x, width, options))));
    return height;
  }

  private set(
    runs: string | Run[],
    style: TextStyle,
    x: number,
    width: number,
    options: { y?: number; align?: "left" | "center" | "right" },
  ): number {
    const list = (typeof runs === "string" ? [{ text: runs }] : runs).filter((run) => run.text !== "");
    const start = options.y ?? this.doc.y;
    if (list.length === 0) return 0;
    const startPage = this.page;
    const lineGap = this.use(style);
    list.forEach((run, i) => {
      this.doc.font(run.face ?? style.face).fillColor(run.color ?? style.color);
      const textOptions = { width, lineGap, continued: i < list.length - 1, link: run.link ?? null, align: options.align };
      if (i === 0) this.doc.text(run.text, x, start, textOptions);
      else this.doc.text(run.text, textOptions);
    });
    this.doc.x = this.left;
    return this.page === startPage ? this.doc.y - start : this.doc.y - this.top;
  }

  /** Starts a new page unless `height` still fits below the cursor (or the page is empty). */
  keep(height: number): void {
    if (this.doc.y + height > this.bottom && this.doc.y > this.top + 1) this.newPage();
  }

  newPage(): void {
    this.doc.addPage();
  }

  rule(x1: number, x2: number, y: number, color: string, width = 0.5): void {
    this.doc.save().moveTo(x1, y).lineTo(x2, y).lineWidth(width).strokeColor(color).stroke().restore();
  }
}
