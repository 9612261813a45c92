// A second batch, written after the rules were set and scored once before any change (the
// “held-out” figure in the import note): wire-style ledes, statements and social media posts,
// ages and abbreviations in appositives, speakers named after the quote, timestamped transcripts.
// Since that first score, one expectation was dropped (a sentence holding a proposed quote is not a
// paraphrase by definition); h07's unnamed “France's foreign minister” stays a known miss.
import type { CorpusDocument } from "./types";

export const holdout: CorpusDocument[] = [
  {
    id: "h01-wire-statement",
    about: "wire style: “said in a statement”, “wrote on social media”, age appositive, “said X, who …”",
    format: "text",
    text: `Sweden to buy eight more Gripen jets for air policing

STOCKHOLM (Wire) - Sweden will order eight additional Gripen E fighters to strengthen air policing over the Baltic, the defence ministry said on Monday.

"The security situation requires us to act now rather than wait for the next defence bill," Defence Minister Tomas Lindqvist said in a statement.

Lindqvist, 52, wrote on social media that the order was "a signal to our neighbours and to Moscow".

"This is good news for the whole region," said Ingrid Solheim, who is visiting Stockholm for talks on Nordic air defence. "We will train together and we will fly together."

The jets, worth about 1.1 billion dollars in total, are due to be delivered from 2028.`,
    expected: [
      {
        kind: "QUOTE",
        text: "The security situation requires us to act now rather than wait for the next defence bill",
        speaker: "Tomas Lindqvist",
      },
      { kind: "QUOTE", text: "a signal to our neighbours and to Moscow", speaker: "Tomas Lindqvist" },
      { kind: "QUOTE", text: "This is good news for the whole region", speaker: "Ingrid Solheim" },
      { kind: "QUOTE", text: "We will train together and we will fly together.", speaker: "Ingrid Solheim" },
    ],
  },
  {
    id: "h02-colon-paragraph",
    about: "a paragraph ending with a colon before a quote paragraph; speaker named after the quote; passive attribution",
    format: "text",
    text: `Varga tells allies: the bill is coming

The Secretary General had a blunt message for finance ministers gathered in Luxembourg:

"You can pay for deterrence now, or you can pay for war later. There is no third option on the menu."

That warning, delivered on Thursday by Helena Varga, was aimed squarely at the governments that still spend less than the agreed minimum.

Marchenko, speaking by video link from Kyiv, was quoted as saying that Ukraine "cannot fight next year's war with this year's ammunition".

Not all ministers agreed. "Budgets are not infinite, and voters notice when schools close," Klaus Becker told journalists on his way out.`,
    expected: [
      {
        kind: "QUOTE",
        text: "You can pay for deterrence now, or you can pay for war later. There is no third option on the menu.",
        speaker: "Helena Varga",
      },
      { kind: "QUOTE", text: "cannot fight next year's war with this year's ammunition", speaker: "Olena Marchenko" },
      { kind: "QUOTE", text: "Budgets are not infinite, and voters notice when schools close", speaker: "Klaus Becker" },
    ],
  },
  {
    id: "h03-two-speakers-one-paragraph",
    about: "two speakers quoted in one paragraph; “Gen.” abbreviation; a quote inside parentheses; ellipsis and dash inside quotes",
    format: "text",
    text: `Generals and ministers disagree on timetable for eastern brigade

VILNIUS — The German brigade in Lithuania will be fully operational by 2027, officials insisted on Friday, even as commanders admitted that barracks and training areas are not ready.

"We are on schedule," said Chancellor Becker. "Nobody should doubt it," added Foreign Minister Kowalczyk, who attended the ceremony as a guest.

Gen. Anders Holm, the brigade's commander, was more careful. "The soldiers are ready … the infrastructure is not — not yet," he told reporters at the Rukla base. (He later added: "Give us two winters.")

Lithuanian officials say about 4,800 troops will eventually be stationed in the country.`,
    expected: [
      { kind: "QUOTE", text: "We are on schedule", speaker: "Klaus Becker" },
      { kind: "QUOTE", text: "Nobody should doubt it", speaker: "Marta Kowalczyk" },
      { kind: "QUOTE", text: "The soldiers are ready … the infrastructure is not — not yet", speaker: "Anders Holm" },
      { kind: "QUOTE", text: "Give us two winters.", speaker: "Anders Holm" },
    ],
  },
  {
    id: "h04-timestamped-transcript",
    about: "transcript with timestamps before the labels and an [inaudible] stage direction",
    format: "text",
    text: `Doorstep statement, Foreign Affairs Council

[00:00:05] Marta Kowalczyk: Good morning. Today we will take a decision on the next package of sanctions, and I expect it to pass.

[00:00:19] Reporter: Will Hungary block it again?

[00:00:22] Marta Kowalczyk: I do not expect anyone to block it. Everyone around the table knows what is at stake.

[00:00:31] Reporter: And the frozen assets?

[00:00:33] Marta Kowalczyk: [inaudible] We will come back to that in June. Thank you.`,
    expected: [
      {
        kind: "QUOTE",
        text: "Good morning. Today we will take a decision on the next package of sanctions, and I expect it to pass.",
        speaker: "Marta Kowalczyk",
      },
      { kind: "QUOTE", text: "Will Hungary block it again?", speaker: "Reporter", optional: true },
      {
        kind: "QUOTE",
        text: "I do not expect anyone to block it. Everyone around the table knows what is at stake.",
        speaker: "Marta Kowalczyk",
      },
      { kind: "QUOTE", text: "And the frozen assets?", speaker: "Reporter", optional: true },
      { kind: "QUOTE", text: "[inaudible] We will come back to that in June. Thank you.", speaker: "Marta Kowalczyk" },
    ],
  },
  {
    id: "h05-opinion-no-quotes",
    about: "an opinion column quoting nobody: mentions of people without reported speech",
    format: "text",
    text: `Opinion: Europe's defence debate needs fewer summits and more factories

Every few months, Europe's leaders gather, agree that the continent must take more responsibility for its own security, and go home. Klaus Becker and Pierre Lambert have done this more often than most.

The problem is not a lack of ambition. It is that ambition has not been translated into orders, and orders have not been translated into production lines. A factory that makes shells needs a ten-year contract, not a communique.

There are signs of change. Sweden and Poland have signed multi-year deals with their suppliers, and the Commission's loan scheme may help smaller countries do the same.

But until the numbers in national budgets match the words in summit declarations, the gap between what Europe says and what it can do will remain.`,
    expected: [],
  },
  {
    id: "h06-html-entities",
    about: "HTML with numeric character references, <em> inside a quote, a list, and an unclosed <p>",
    format: "html",
    text: `<html><body>
<h2>Okafor: joint purchases &#8220;are working&#8221;</h2>
<p>The commissioner presented the first results of the joint procurement scheme on Tuesday.
<p>&#8220;Twelve countries have now ordered together. Prices are down and delivery times are shorter,&#8221; Daniel Okafor said. &#8220;This is what <em>European defence</em> should look like.&#8221;
<ul>
<li>Orders placed: 41</li>
<li>Countries taking part: 12</li>
</ul>
<p>He said the scheme would be extended to drones &amp; counter-drone systems next year.</p>
</body></html>`,
    expected: [
      { kind: "QUOTE", text: "are working", speaker: "Daniel Okafor", optional: true },
      {
        kind: "QUOTE",
        text: "Twelve countries have now ordered together. Prices are down and delivery times are shorter",
        speaker: "Daniel Okafor",
      },
      { kind: "QUOTE", text: "This is what European defence should look like.", speaker: "Daniel Okafor" },
      {
        kind: "PARAPHRASE",
        text: "He said the scheme would be extended to drones & counter-drone systems next year.",
        speaker: "Daniel Okafor",
      },
    ],
  },
  {
    id: "h07-straight-single",
    about: "straight single quotes as quotation marks, with straight apostrophes in the same sentences",
    format: "text",
    text: `Moreau: 'We won't sign a peace that isn't one'

France's foreign minister said on Sunday that Paris would not support any deal that left Ukraine unable to defend itself.

'We won't sign a peace that isn't one,' Jean-Luc Moreau told the radio station's morning programme. 'A ceasefire without guarantees is an invitation to the next war.'

Moreau said the allies' common position would be set out at next month's summit.`,
    expected: [
      { kind: "QUOTE", text: "We won't sign a peace that isn't one", speaker: "Jean-Luc Moreau", optional: true },
      {
        kind: "PARAPHRASE",
        text: "France's foreign minister said on Sunday that Paris would not support any deal that left Ukraine unable to defend itself.",
        speaker: "Jean-Luc Moreau",
      },
      { kind: "QUOTE", text: "We won't sign a peace that isn't one", speaker: "Jean-Luc Moreau" },
      { kind: "QUOTE", text: "A ceasefire without guarantees is an invitation to the next war.", speaker: "Jean-Luc Moreau" },
      {
        kind: "PARAPHRASE",
        text: "Moreau said the allies' common position would be set out at next month's summit.",
        speaker: "Jean-Luc Moreau",
      },
    ],
  },
  {
    id: "h08-mixed-speakers",
    about: "a long feature: several speakers, a ‘she said’ after a man is named, a quote followed by “according to” an organisation",
    format: "text",
    text: `On the eastern flank, a town learns to live with sirens

NARVA, Estonia — When the sirens sound in Narva, most people no longer look up. "You get used to it, the way you get used to rain," said Tatjana Ivanova, a 61-year-old teacher, standing outside the school where she has worked for thirty years.

Her colleague Mihhail Petrov disagrees. "I don't get used to it," he said. "Every time, I think: is this the day?"

The town's mayor, Kadri Saar, has asked the government for more shelters. She said that only a third of residents currently live within walking distance of one.

"We are a border town, and we have always been a border town," Saar said. "What has changed is that people in Tallinn have started to listen to us."

According to the Estonian rescue board, 14 new public shelters will open in Ida-Viru county by the end of next year.`,
    expected: [
      { kind: "QUOTE", text: "You get used to it, the way you get used to rain", speaker: "Tatjana Ivanova" },
      { kind: "QUOTE", text: "I don't get used to it", speaker: "Mihhail Petrov" },
      { kind: "QUOTE", text: "Every time, I think: is this the day?", speaker: "Mihhail Petrov" },
      {
        kind: "PARAPHRASE",
        text: "She said that only a third of residents currently live within walking distance of one.",
        speaker: "Kadri Saar",
      },
      { kind: "QUOTE", text: "We are a border town, and we have always been a border town", speaker: "Kadri Saar" },
      { kind: "QUOTE", text: "What has changed is that people in Tallinn have started to listen to us.", speaker: "Kadri Saar" },
    ],
  },
];
