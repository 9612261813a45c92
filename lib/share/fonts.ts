import "server-only";
// The share images' fonts: the DejaVu files the PDF dossier embeds (the site's own typefaces,
// read from node_modules, never fetched), and the set of characters they can draw.
import { readFile } from "node:fs/promises";
import * as fontkit from "fontkit";
import { dossierFontFiles } from "@/lib/pdf/fonts";

export interface ShareFont {
  name: "DejaVu Sans" | "DejaVu Serif";
  data: Buffer;
  weight: 400 | 700;
  style: "normal" | "italic";
}

export interface ShareFonts {
  fonts: ShareFont[];
  hasGlyph: (codePoint: number) => boolean;
}

let loading: Promise<ShareFonts> | null = null;

async function load(): Promise<ShareFonts> {
  const files = dossierFontFiles();
  const [sans, sansBold, serif] = await Promise.all([readFile(files.sans), readFile(files.sansBold), readFile(files.serif)]);
  const fonts: ShareFont[] = [
    { name: "DejaVu Sans", data: sans, weight: 400, style: "normal" },
    { name: "DejaVu Sans", data: sansBold, weight: 700, style: "normal" },
    { name: "DejaVu Serif", data: serif, weight: 400, style: "normal" },
  ];
  const covered = new Set<number>();
  for (const font of fonts) for (const codePoint of fontkit.create(font.data).characterSet) covered.add(codePoint);
  return { fonts, hasGlyph: (codePoint) => covered.has(codePoint) };
}

/** Read once per process: the three files are about 2 MB together. */
export function shareFonts(): Promise<ShareFonts> {
  loading ??= load().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
