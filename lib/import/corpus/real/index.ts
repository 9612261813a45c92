// The held-out corpus of real texts (see types.ts), and the speaker directory it is read with.
import { realArticles } from "./articles";
import { realTranscripts } from "./transcripts";
import type { RealDocument } from "./types";
import { moreDevArticles, moreDevArticles2, moreDevArticles3, moreDevTranscripts, moreDevTranscripts2, moreDevTranscripts3 } from "./dev-more";
import { widenedArticles, widenedTranscripts } from "./widened";
import { widerDevArticles, widerDevTranscripts } from "./dev-wider";
import { freshDevArticles, freshDevTranscripts } from "./dev-fresh";
import { s9DevArticles, s9DevArticles2 } from "./dev-s9";
import { s9DevArticles3, s9DevArticles4, s9DevArticles5 } from "./dev-s9b";

export { realPeople } from "./people";
export type * from "./types";

export const realCorpus: RealDocument[] = [
  ...realTranscripts,
  ...widenedTranscripts,
  ...moreDevTranscripts,
  ...moreDevTranscripts2,
  ...moreDevTranscripts3,
  ...widerDevTranscripts,
  ...freshDevTranscripts,
  ...realArticles,
  ...widenedArticles,
  ...moreDevArticles,
  ...moreDevArticles2,
  ...moreDevArticles3,
  ...widerDevArticles,
  ...freshDevArticles,
  ...s9DevArticles,
  ...s9DevArticles2,
  ...s9DevArticles3,
  ...s9DevArticles4,
  ...s9DevArticles5,
];
