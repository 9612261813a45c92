// Renders a dossier to PDF bytes in the current thread. The server calls it only inside a render
// worker (render-worker.ts): a long dossier keeps a thread busy for a second or more.
import { readFileSync } from "node:fs";
import PDFDocument from "pdfkit";
import { writeTopicDossier } from "./document";
import { dossierTitle, type TopicDossier } from "./dossier";
import type { DossierFonts } from "./fonts";
import { PAGE, type Face } from "./theme";

export interface RenderedDossier {
  pdf: Uint8Array;
  pages: number;
}

// The font files are read once per worker; each document embeds the subset it uses.
const fontData = new Map<string, Buffer>();
const readFont = (file: string) => {
  let data = fontData.get(file);
  if (!data) fontData.set(file, (data = readFileSync(file)));
  return data;
};

/**
 * PDFKit keeps every drawing operation of a buffered page as a small buffer of its own until the
 * document ends: for a 300-page dossier that was 100 MB. Once the writer has moved on to a new
 * page, the previous page's operations are joined into one buffer, which is what PDFKit would do
 * at the end anyway. (Pages stay open: the running header and footer are added at the end.)
 */
function compactFinishedPages(doc: PDFDocument): void {
  let previous: unknown = null;
  doc.on("pageAdded", () => {
    const content = (previous as { content?: { buffer?: unknown } } | null)?.content;
    if (
      content &&
      Array.isArray(content.buffer) &&
      content.buffer.length > 1 &&
      content.buffer.every((chunk) => chunk instanceof Uint8Array)
    ) {
      content.buffer = [Buffer.concat(content.buffer as Uint8Array[])];
    }
    previous = doc.page;
  });
}

export async function renderDossierPdf(dossier: TopicDossier, fonts: DossierFonts): Promise<RenderedDossier> {
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: PAGE.marginTop, bottom: PAGE.marginBottom, left: PAGE.marginX, right: PAGE.marginX },
    bufferPages: true,
    autoFirstPage: false,
    font: null,
    pdfVersion: "1.7",
    tagged: true,
    lang: "en-GB",
    displayTitle: true,
    info: {
      Title: dossierTitle(dossier),
      Author: "Statement Tracker",
      Subject: dossier.topic.proposition,
      Keywords: [dossier.topic.name, dossier.speaker?.name, "statements", "dossier"].filter(Boolean).join(", "),
      Creator: "Statement Tracker",
      Producer: "Statement Tracker",
      CreationDate: new Date(dossier.generatedAt),
    },
  });
  const faces: Record<Face, string> = {
    sans: fonts.sans,
    sansBold: fonts.sansBold,
    sansItalic: fonts.sansOblique,
    serif: fonts.serif,
    serifBold: fonts.serifBold,
    serifItalic: fonts.serifItalic,
    mono: fonts.mono,
  };
  for (const [face, file] of Object.entries(faces)) doc.registerFont(face, readFont(file));

  const chunks: Buffer[] = [];
  const finished = new Promise<void>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", resolve);
    doc.on("error", reject);
  });
  compactFinishedPages(doc);
  doc.addPage();
  const pages = writeTopicDossier(doc, dossier);
  doc.end();
  await finished;
  const pdf = Buffer.concat(chunks);
  return { pdf: new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength), pages };
}
