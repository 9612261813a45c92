// Pieces without quotation marks: an analysis that only reports speech (paraphrase candidates), a
// factual piece with no speech at all (“nothing found”), and a Q&A-style explainer.
import type { CorpusDocument } from "./types";

export const noQuotes: CorpusDocument[] = [
  {
    id: "n01-analysis",
    about: "analysis with reported speech only: paraphrases, no quotes",
    format: "text",
    text: `Analysis: Why the alliance's spending target keeps moving

For a decade the benchmark was two percent of GDP. At the last summit, allies agreed to a new target of 3.5 percent for core defence plus 1.5 percent for resilience and infrastructure, to be reached by 2035.

Secretary General Helena Varga has argued that the new figure reflects what military planners actually need, not a political compromise. She told members in June that the capability targets agreed last year could not be met on the old budgets.

Critics in several capitals say the target is unrealistic for countries with high debt. Spain's government has said it will meet its capability goals without committing to the headline number.

Lindqvist, the Swedish defence minister, urged other Nordic governments to front-load their increases so that orders reach industry sooner.

Whether the target survives the next economic downturn is another matter. Previous pledges have quietly slipped when budgets tightened.`,
    expected: [
      {
        kind: "PARAPHRASE",
        text: "Secretary General Helena Varga has argued that the new figure reflects what military planners actually need, not a political compromise.",
        speaker: "Helena Varga",
      },
      {
        kind: "PARAPHRASE",
        text: "She told members in June that the capability targets agreed last year could not be met on the old budgets.",
        speaker: "Helena Varga",
      },
      {
        kind: "PARAPHRASE",
        text: "Lindqvist, the Swedish defence minister, urged other Nordic governments to front-load their increases so that orders reach industry sooner.",
        speaker: "Tomas Lindqvist",
      },
    ],
  },
  {
    id: "n02-nothing",
    about: "a factual piece with no quotes and no reported speech: nothing should be proposed",
    format: "text",
    text: `The alliance's new headquarters annex opens to staff

The four-storey annex on the eastern side of the campus was completed in March, two months behind schedule. It adds office space for about 600 people, a conference centre with twelve meeting rooms and a secure communications facility.

Construction cost €185 million, paid from the common budget. The building uses geothermal heating and is expected to cut the campus's energy use by a fifth.

Staff from the operations and intelligence divisions will move in over the summer. The old temporary offices will be demolished next year to make room for a car park and a visitors' entrance.`,
    expected: [],
  },
  {
    id: "n03-explainer",
    about: "Q&A explainer: questions as plain lines (no labels), answers in reported speech",
    format: "text",
    text: `What is the alliance's new air defence plan?
The plan, presented by Secretary General Helena Varga in May, pools orders for ground-based air defence so that smaller allies can buy at the same prices as larger ones.
Who pays for it?
Each ally pays for its own systems. Varga has said that joint orders could cut unit prices by as much as 20 percent.
Does Ukraine benefit?
Part of the first order is reserved for Ukraine. Marchenko welcomed the decision and said her government hoped to receive the first systems before winter.
What do critics say?
Some industry groups warn that factories cannot deliver faster just because orders are pooled.`,
    expected: [
      {
        kind: "PARAPHRASE",
        text: "Varga has said that joint orders could cut unit prices by as much as 20 percent.",
        speaker: "Helena Varga",
      },
      {
        kind: "PARAPHRASE",
        text: "Marchenko welcomed the decision and said her government hoped to receive the first systems before winter.",
        speaker: "Olena Marchenko",
      },
    ],
  },
];
