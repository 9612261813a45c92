// Transcripts: speaker-labelled turns (titles, surnames, all capitals, Q and roles), long turns
// over several paragraphs, and a short exchange quoted inside an article.
import type { CorpusDocument } from "./types";

export const transcripts: CorpusDocument[] = [
  {
    id: "t01-press-conference",
    about: "press conference transcript with titled labels, Q with an outlet, a moderator, a long turn",
    format: "text",
    text: `Joint press conference by Secretary General Helena Varga and Prime Minister Ingrid Solheim

MODERATOR: Good afternoon. The Secretary General and the Prime Minister will make short statements, then take questions.

Secretary General Helena Varga: Thank you, Prime Minister, and thank you for hosting us in Oslo.

Norway is one of the allies that meets every commitment it makes. You spend more than two percent of GDP on defence, you lead in the High North, and you have been among Ukraine's most generous supporters.

Today we discussed how to protect the undersea cables and pipelines that carry our energy and our data. These are the arteries of our economies, and we will defend them.

Prime Minister Ingrid Solheim: Thank you, Helena. Let me be clear: Norway will keep supporting Ukraine for as long as it takes, and we will raise our own defence budget again next year.

Q: Secretary General, are you worried that the United States will reduce its forces in Europe?

Secretary General Helena Varga: I speak with Washington every week. What I hear is a commitment to the alliance and a demand that Europe does more. Both are right.

Q (NRK): Prime Minister, will Norway buy more long-range missiles?

Prime Minister Ingrid Solheim: We will make those decisions in the budget, not at a press conference.

MODERATOR: Thank you. That is all we have time for.`,
    expected: [
      {
        kind: "QUOTE",
        text: "Good afternoon. The Secretary General and the Prime Minister will make short statements, then take questions.",
        speaker: "Moderator",
        optional: true,
      },
      { kind: "QUOTE", text: "Thank you, Prime Minister, and thank you for hosting us in Oslo.", speaker: "Helena Varga" },
      {
        kind: "QUOTE",
        text: "Norway is one of the allies that meets every commitment it makes. You spend more than two percent of GDP on defence, you lead in the High North, and you have been among Ukraine's most generous supporters.",
        speaker: "Helena Varga",
      },
      {
        kind: "QUOTE",
        text: "Today we discussed how to protect the undersea cables and pipelines that carry our energy and our data. These are the arteries of our economies, and we will defend them.",
        speaker: "Helena Varga",
      },
      {
        kind: "QUOTE",
        text: "Thank you, Helena. Let me be clear: Norway will keep supporting Ukraine for as long as it takes, and we will raise our own defence budget again next year.",
        speaker: "Ingrid Solheim",
      },
      {
        kind: "QUOTE",
        text: "Secretary General, are you worried that the United States will reduce its forces in Europe?",
        speaker: "Q",
        optional: true,
      },
      {
        kind: "QUOTE",
        text: "I speak with Washington every week. What I hear is a commitment to the alliance and a demand that Europe does more. Both are right.",
        speaker: "Helena Varga",
      },
      { kind: "QUOTE", text: "Prime Minister, will Norway buy more long-range missiles?", speaker: "Q", optional: true },
      { kind: "QUOTE", text: "We will make those decisions in the budget, not at a press conference.", speaker: "Ingrid Solheim" },
      { kind: "QUOTE", text: "Thank you. That is all we have time for.", speaker: "Moderator", optional: true },
    ],
  },
  {
    id: "t02-interview",
    about: "Q/A interview with surname labels and a two-paragraph answer; a pull quote in the headline",
    format: "text",
    text: `INTERVIEW: "We are not at war, but we are not at peace either"

The alliance's Secretary General, Helena Varga, spoke to our correspondent in her office in Brussels. The interview has been edited for length.

Q: You have been in the job for a year. What has surprised you most?

Varga: How quickly things change. A year ago, the debate was whether allies could reach two percent. Now the question is how fast they can get to three and a half.

And I have been surprised by the defence industry. When we give them long contracts, they deliver. When we don't, they wait. That is not a criticism; it is how markets work.

Q: Some governments say they cannot afford more. What do you tell them?

Varga: I tell them to look at the alternative. Deterrence is expensive. War is much more expensive.

Q: Will Ukraine join the alliance while you are Secretary General?

Varga: That is not my decision alone, and I will not give you a date. The path is irreversible. The timing depends on the war and on all thirty-two allies.`,
    expected: [
      { kind: "QUOTE", text: "We are not at war, but we are not at peace either", speaker: "Helena Varga", optional: true },
      { kind: "QUOTE", text: "You have been in the job for a year. What has surprised you most?", speaker: "Q", optional: true },
      {
        kind: "QUOTE",
        text: "How quickly things change. A year ago, the debate was whether allies could reach two percent. Now the question is how fast they can get to three and a half.",
        speaker: "Helena Varga",
      },
      {
        kind: "QUOTE",
        text: "And I have been surprised by the defence industry. When we give them long contracts, they deliver. When we don't, they wait. That is not a criticism; it is how markets work.",
        speaker: "Helena Varga",
      },
      { kind: "QUOTE", text: "Some governments say they cannot afford more. What do you tell them?", speaker: "Q", optional: true },
      {
        kind: "QUOTE",
        text: "I tell them to look at the alternative. Deterrence is expensive. War is much more expensive.",
        speaker: "Helena Varga",
      },
      { kind: "QUOTE", text: "Will Ukraine join the alliance while you are Secretary General?", speaker: "Q", optional: true },
      {
        kind: "QUOTE",
        text: "That is not my decision alone, and I will not give you a date. The path is irreversible. The timing depends on the war and on all thirty-two allies.",
        speaker: "Helena Varga",
      },
    ],
  },
  {
    id: "t03-exchange-in-article",
    about: "two labelled lines quoted inside an article; the prose after them is not part of the last turn",
    format: "text",
    text: `Whitfield and Volkov trade barbs at UN session

NEW YORK — The exchange lasted less than two minutes but was replayed on news channels around the world.

James Whitfield: The Russian delegation talks about peace while its missiles fall on Ukrainian apartment buildings.

Dmitri Volkov: The American delegation talks about apartment buildings while its weapons fuel the war.

Diplomats said the tone was the sharpest at the Security Council in years. Whitfield later told reporters that he had "no regrets whatsoever" about the remarks.

"Someone has to say it plainly," he said.`,
    expected: [
      {
        kind: "QUOTE",
        text: "The Russian delegation talks about peace while its missiles fall on Ukrainian apartment buildings.",
        speaker: "James Whitfield",
      },
      {
        kind: "QUOTE",
        text: "The American delegation talks about apartment buildings while its weapons fuel the war.",
        speaker: "Dmitri Volkov",
      },
      { kind: "QUOTE", text: "no regrets whatsoever", speaker: "James Whitfield", optional: true },
      {
        kind: "PARAPHRASE",
        text: 'Whitfield later told reporters that he had "no regrets whatsoever" about the remarks.',
        speaker: "James Whitfield",
      },
      { kind: "QUOTE", text: "Someone has to say it plainly", speaker: "James Whitfield" },
    ],
  },
  {
    id: "t04-capitals-panel",
    about: "panel transcript with labels in capitals, a chair, and a panellist not in the directory",
    format: "text",
    text: `TRANSCRIPT: PANEL ON INDUSTRIAL CAPACITY, SECURITY CONFERENCE, DAY 1

CHAIR: Welcome back. Our panel will discuss whether Europe's defence industry can grow fast enough. Minister, you first.

TOMAS LINDQVIST: Thank you. The short answer is yes, but only if governments sign contracts longer than one budget year.

ANNA BERGLUND: I would add that the bottleneck is no longer money. It is skilled workers. We have factories that could run a second shift tomorrow if they could hire the people.

CHAIR: Is that something governments can fix?

TOMAS LINDQVIST: Partly. We can fund training. We cannot invent engineers overnight.`,
    expected: [
      {
        kind: "QUOTE",
        text: "Welcome back. Our panel will discuss whether Europe's defence industry can grow fast enough. Minister, you first.",
        speaker: "Chair",
      },
      {
        kind: "QUOTE",
        text: "Thank you. The short answer is yes, but only if governments sign contracts longer than one budget year.",
        speaker: "Tomas Lindqvist",
      },
      {
        kind: "QUOTE",
        text: "I would add that the bottleneck is no longer money. It is skilled workers. We have factories that could run a second shift tomorrow if they could hire the people.",
        speaker: "Anna Berglund",
      },
      { kind: "QUOTE", text: "Is that something governments can fix?", speaker: "Chair", optional: true },
      { kind: "QUOTE", text: "Partly. We can fund training. We cannot invent engineers overnight.", speaker: "Tomas Lindqvist" },
    ],
  },
];
