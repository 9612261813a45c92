// The DejaVu TrueType files the PDF embeds (the built-in PDF fonts have no Łódź or Путин).
// `new URL(literal, import.meta.url)` lets Next's bundler copy each file into the build as an
// asset and trace nothing else; run from source (tests, scripts) it resolves to node_modules.
import { fileURLToPath } from "node:url";

export interface DossierFonts {
  sans: string;
  sansBold: string;
  sansOblique: string;
  serif: string;
  serifBold: string;
  serifItalic: string;
  mono: string;
}

export function dossierFontFiles(): DossierFonts {
  return {
    sans: fileURLToPath(new URL("../../node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf", import.meta.url)),
    sansBold: fileURLToPath(new URL("../../node_modules/dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf", import.meta.url)),
    sansOblique: fileURLToPath(new URL("../../node_modules/dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf", import.meta.url)),
    serif: fileURLToPath(new URL("../../node_modules/dejavu-fonts-ttf/ttf/DejaVuSerif.ttf", import.meta.url)),
    serifBold: fileURLToPath(new URL("../../node_modules/dejavu-fonts-ttf/ttf/DejaVuSerif-Bold.ttf", import.meta.url)),
    serifItalic: fileURLToPath(new URL("../../node_modules/dejavu-fonts-ttf/ttf/DejaVuSerif-Italic.ttf", import.meta.url)),
    mono: fileURLToPath(new URL("../../node_modules/dejavu-fonts-ttf/ttf/DejaVuSansMono.ttf", import.meta.url)),
  };
}
