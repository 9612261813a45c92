// Reads a PDF back the way a reader's tools do: its text (pdf-parse) and a picture of page 1
// (poppler's pdftoppm) for a person to look at.
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { PDFParse } from "pdf-parse";

export interface PdfText {
  pages: string[];
  /** All pages, whitespace collapsed, running headers and footers removed. */
  body: string;
  total: number;
}

const squash = (text: string) => text.replace(/\s+/g, " ").trim();

/** Text of every page; `chrome` lists the running header and footer lines to leave out of `body`. */
export async function pdfText(pdf: Uint8Array, chrome: string[] = []): Promise<PdfText> {
  const parser = new PDFParse({ data: pdf.slice() });
  try {
    const result = await parser.getText();
    const pages = result.pages.map((page) => page.text);
    const strip = (text: string) =>
      text
        .split("\n")
        .filter((line) => !chrome.some((c) => line.trim() === c || /^Page \d+ of \d+$/.test(line.trim())))
        .join("\n");
    return { pages, body: squash(pages.map(strip).join("\n")), total: result.total };
  } finally {
    await parser.destroy();
  }
}

export { squash as squashWhitespace };

const pdftoppm = process.env.PDFTOPPM_PATH || "/usr/bin/pdftoppm";

/**
 * Writes the PDF and a PNG of its first page into `folder` (reports/ is git-ignored). Without
 * poppler-utils installed the PNG is skipped with a note rather than failing the test.
 */
export async function saveWithPreview(
  pdf: Uint8Array,
  folder: string,
  name: string,
  resolution = 60,
): Promise<{ pdfFile: string; pngFile: string | null }> {
  mkdirSync(folder, { recursive: true });
  const pdfFile = path.join(folder, `${name}.pdf`);
  writeFileSync(pdfFile, pdf);
  if (!existsSync(pdftoppm)) {
    console.warn(`pdftoppm not found at ${pdftoppm} (apt-get install poppler-utils): no PNG preview of ${name}.pdf.`);
    return { pdfFile, pngFile: null };
  }
  const prefix = path.join(folder, name);
  await promisify(execFile)(pdftoppm, ["-png", "-r", String(resolution), "-f", "1", "-l", "1", "-singlefile", pdfFile, prefix]);
  return { pdfFile, pngFile: `${prefix}.png` };
}
