// The quality corpus: article-like texts written for this project (all people, quotes and events
// are invented), each with the candidates a careful analyst would expect.

export interface CorpusExpectation {
  kind: "QUOTE" | "PARAPHRASE";
  /** The statement text: the quoted words (an interrupted quote joined by one space), or the sentence. */
  text: string;
  /** Expected speaker name; null when the speaker is not a named person (“a spokesman”). */
  speaker: string | null;
  /** A real quotation that need not be proposed (a fragment, a headline repeat): it never counts against precision. */
  optional?: boolean;
}

export interface CorpusDocument {
  id: string;
  /** What the piece exercises. */
  about: string;
  format: "text" | "markdown" | "html";
  text: string;
  expected: CorpusExpectation[];
}
