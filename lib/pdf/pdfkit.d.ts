// The part of PDFKit's API the dossier uses. PDFKit (the engine under @react-pdf/renderer,
// installed with it) ships no type declarations.
declare module "pdfkit" {
  import { Readable } from "node:stream";

  namespace PDFKit {
    interface Margins {
      top: number;
      bottom: number;
      left: number;
      right: number;
    }

    interface DocumentOptions {
      size?: string | [number, number];
      margins?: Margins;
      bufferPages?: boolean;
      autoFirstPage?: boolean;
      info?: Record<string, string | Date>;
      lang?: string;
      displayTitle?: boolean;
      pdfVersion?: "1.3" | "1.4" | "1.5" | "1.6" | "1.7";
      /** Writes a structure tree (a tagged PDF) for the content marked with struct(). */
      tagged?: boolean;
      /** null: no default font (PDFKit would otherwise load Helvetica). */
      font?: string | null;
      compress?: boolean;
    }

    interface TextOptions {
      width?: number;
      height?: number;
      lineGap?: number;
      continued?: boolean;
      link?: string | null;
      lineBreak?: boolean;
      align?: "left" | "center" | "right" | "justify";
      underline?: boolean;
      ellipsis?: boolean | string;
    }

    interface Page {
      width: number;
      height: number;
      margins: Margins;
    }

    interface StructElement {
      add(child: StructElement | (() => void)): StructElement;
      end(): void;
    }

    interface Outline {
      addItem(title: string, options?: { expanded?: boolean }): Outline;
    }
  }

  class PDFDocument extends Readable {
    constructor(options?: PDFKit.DocumentOptions);
    x: number;
    y: number;
    page: PDFKit.Page;
    outline: PDFKit.Outline;
    registerFont(name: string, src: string | Buffer): this;
    font(name: string): this;
    fontSize(size: number): this;
    fillColor(color: string, opacity?: number): this;
    strokeColor(color: string, opacity?: number): this;
    text(text: string, options?: PDFKit.TextOptions): this;
    text(text: string, x?: number, y?: number, options?: PDFKit.TextOptions): this;
    heightOfString(text: string, options?: PDFKit.TextOptions): number;
    widthOfString(text: string, options?: PDFKit.TextOptions): number;
    currentLineHeight(includeGap?: boolean): number;
    addPage(options?: PDFKit.DocumentOptions): this;
    switchToPage(n: number): PDFKit.Page;
    bufferedPageRange(): { start: number; count: number };
    moveTo(x: number, y: number): this;
    lineTo(x: number, y: number): this;
    bezierCurveTo(cp1x: number, cp1y: number, cp2x: number, cp2y: number, x: number, y: number): this;
    lineWidth(width: number): this;
    lineCap(cap: "butt" | "round" | "square"): this;
    dash(length: number, options?: { space?: number }): this;
    undash(): this;
    stroke(color?: string): this;
    fill(color?: string): this;
    fillAndStroke(fill?: string, stroke?: string): this;
    rect(x: number, y: number, width: number, height: number): this;
    roundedRect(x: number, y: number, width: number, height: number, radius: number): this;
    circle(x: number, y: number, radius: number): this;
    save(): this;
    restore(): this;
    fillOpacity(opacity: number): this;
    strokeOpacity(opacity: number): this;
    link(x: number, y: number, width: number, height: number, url: string): this;
    struct(
      type: string,
      options?: { alt?: string; lang?: string; title?: string } | (() => void),
      children?: () => void,
    ): PDFKit.StructElement;
    addStructure(element: PDFKit.StructElement): this;
    markContent(tag: string, options?: { type?: string }): this;
    endMarkedContent(): this;
    end(): void;
  }

  export default PDFDocument;
}
