// The whole quality corpus (see quality.test.ts): written for this project, all people invented.
import { articles } from "./articles";
import { formats } from "./formats";
import { holdout } from "./holdout";
import { noQuotes } from "./no-quotes";
import { transcripts } from "./transcripts";
import type { CorpusDocument } from "./types";

export { corpusSpeakers } from "./speakers";
export type { CorpusDocument, CorpusExpectation } from "./types";

export const corpus: CorpusDocument[] = [...articles, ...transcripts, ...formats, ...noQuotes, ...holdout];
