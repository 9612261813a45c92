// News-article-like pieces: quote marks of every kind, attribution before and after, interrupted
// and multi-paragraph quotes, pronouns, aliases, people not in the directory, fragments and titles.
import type { CorpusDocument } from "./types";

export const articles: CorpusDocument[] = [
  {
    id: "a01-straight-after",
    about: "straight double quotes, attribution after, inverted “said X”, follow-up sentences",
    format: "text",
    text: `Allies agree to double ammunition output by 2027

BRUSSELS - Defence ministers agreed on Thursday to double the alliance's artillery ammunition production within two years, after a day of talks that ran late into the evening.

"We have spent too long talking about shortages and not long enough fixing them," Helena Varga told reporters after the meeting. "Today that changes."

The plan commits members to buying at least 2 million shells a year from European and North American factories.

"This is the biggest joint order we have ever placed," said Tomas Lindqvist, the Swedish defence minister. "Industry asked us for predictability, and now they have it."

Not everyone was convinced. Marta Kowalczyk, Poland's foreign minister, said the timetable was still too slow for countries on the eastern flank.

"Two years is a long time when you live next door to a war," Kowalczyk said.`,
    expected: [
      { kind: "QUOTE", text: "We have spent too long talking about shortages and not long enough fixing them", speaker: "Helena Varga" },
      { kind: "QUOTE", text: "Today that changes.", speaker: "Helena Varga" },
      { kind: "QUOTE", text: "This is the biggest joint order we have ever placed", speaker: "Tomas Lindqvist" },
      { kind: "QUOTE", text: "Industry asked us for predictability, and now they have it.", speaker: "Tomas Lindqvist" },
      {
        kind: "PARAPHRASE",
        text: "Marta Kowalczyk, Poland's foreign minister, said the timetable was still too slow for countries on the eastern flank.",
        speaker: "Marta Kowalczyk",
      },
      { kind: "QUOTE", text: "Two years is a long time when you live next door to a war", speaker: "Marta Kowalczyk" },
    ],
  },
  {
    id: "a02-curly-before",
    about: "curly quotes, attribution before with a colon, “according to”, she said, an alias with “the”",
    format: "text",
    text: `Varga warns of ‘long winter’ for Ukraine’s power grid

The alliance’s Secretary General used her first visit to Kyiv since the summer to press members for more air defence.

Standing beside damaged transformers outside the capital, Helena Varga said: “Every system we send now is a power station that stays on in January.”

She added that at least five more Patriot batteries were needed before the end of the year. According to Varga, Russian forces launched more than 1,200 drones against Ukrainian energy sites in October alone.

Olena Marchenko, Ukraine’s deputy prime minister, was blunter. “We are not asking for charity,” she said. “We are asking for the tools to protect our people, and we are asking for them now.”

The Secretary General later told a press conference: “I understand the frustration. I share it.”`,
    expected: [
      { kind: "QUOTE", text: "Every system we send now is a power station that stays on in January.", speaker: "Helena Varga" },
      {
        kind: "PARAPHRASE",
        text: "She added that at least five more Patriot batteries were needed before the end of the year.",
        speaker: "Helena Varga",
      },
      {
        kind: "PARAPHRASE",
        text: "According to Varga, Russian forces launched more than 1,200 drones against Ukrainian energy sites in October alone.",
        speaker: "Helena Varga",
      },
      { kind: "QUOTE", text: "We are not asking for charity", speaker: "Olena Marchenko" },
      {
        kind: "QUOTE",
        text: "We are asking for the tools to protect our people, and we are asking for them now.",
        speaker: "Olena Marchenko",
      },
      { kind: "QUOTE", text: "I understand the frustration. I share it.", speaker: "Helena Varga" },
    ],
  },
  {
    id: "a03-interrupted",
    about: "quotes interrupted by their attribution, merged into one statement; a partial quote at the end",
    format: "text",
    text: `Lambert and Becker split over joint borrowing for defence

PARIS — The French and German leaders struggled on Monday to hide their differences over how Europe should pay for its rearmament.

"Europe cannot defend itself on credit cards issued one country at a time," President Lambert said, "and that is why I am asking for common bonds."

Chancellor Becker was unmoved. "We have rules," he said, "and those rules exist for good reasons. Germany will spend more on defence, but it will spend its own money."

Asked whether a compromise was possible by the June summit, Lambert smiled. "Everything is possible," he said. "Even agreement with Klaus."

Becker, speaking later to German television, said the two men remained "close friends who disagree about arithmetic".`,
    expected: [
      {
        kind: "QUOTE",
        text: "Europe cannot defend itself on credit cards issued one country at a time, and that is why I am asking for common bonds.",
        speaker: "Pierre Lambert",
      },
      {
        kind: "QUOTE",
        text: "We have rules, and those rules exist for good reasons. Germany will spend more on defence, but it will spend its own money.",
        speaker: "Klaus Becker",
      },
      { kind: "QUOTE", text: "Everything is possible", speaker: "Pierre Lambert" },
      { kind: "QUOTE", text: "Even agreement with Klaus.", speaker: "Pierre Lambert" },
      { kind: "QUOTE", text: "close friends who disagree about arithmetic", speaker: "Klaus Becker" },
    ],
  },
  {
    id: "a04-multi-paragraph",
    about: "a quote over three paragraphs, each reopened with a quote mark; partial quotes of a spokesman",
    format: "text",
    text: `Varga sets out 'three tests' for a ceasefire

In a speech at the university on Friday, Secretary General Varga set out what she called "the three tests" for any ceasefire in Ukraine.

"The first test is simple: does it hold? A ceasefire that collapses after a week is not peace, it is an intermission.

"The second test is whether Ukraine can defend itself afterwards, with its own army, its own industry and its allies behind it.

"And the third test is whether the aggressor pays a price. If aggression is rewarded, it will be repeated," she said.

Her speech drew applause from students but a sharp response from Moscow. Kremlin spokesman Dmitri Volkov said the alliance was "not a party to any negotiation" and had "no right to set tests for anyone".`,
    expected: [
      { kind: "QUOTE", text: "the three tests", speaker: "Helena Varga", optional: true },
      {
        kind: "QUOTE",
        text:
          "The first test is simple: does it hold? A ceasefire that collapses after a week is not peace, it is an intermission.\n\n" +
          "The second test is whether Ukraine can defend itself afterwards, with its own army, its own industry and its allies behind it.\n\n" +
          "And the third test is whether the aggressor pays a price. If aggression is rewarded, it will be repeated.",
        speaker: "Helena Varga",
      },
      { kind: "QUOTE", text: "not a party to any negotiation", speaker: "Dmitri Volkov" },
      { kind: "QUOTE", text: "no right to set tests for anyone", speaker: "Dmitri Volkov" },
    ],
  },
  {
    id: "a05-same-mark-close",
    about: "quotes that open and close with U+201C; a quoted phrase after “described … as”",
    format: "text",
    text: `Solheim: Arctic is ‘no longer a quiet corner’

Norway’s prime minister used a visit to the northern port of Tromsø on Tuesday to warn that Russian activity in the High North had reached levels not seen since the Cold War.

In remarks to reporters, Ingrid Solheim said, “We see more submarines, more aircraft and more interference with satellite signals than at any time in the last thirty years.“ She said the government would raise spending on the coast guard by 25 percent next year.

Solheim described the region as “no longer a quiet corner of Europe“ and called on allies to station more maritime patrol aircraft in the north.

Asked about fishing rights in the Barents Sea, she was careful. “Our agreements with Russia on fisheries have survived many storms, and I hope they survive this one too,“ Solheim said.`,
    expected: [
      { kind: "QUOTE", text: "no longer a quiet corner", speaker: "Ingrid Solheim", optional: true },
      {
        kind: "QUOTE",
        text: "We see more submarines, more aircraft and more interference with satellite signals than at any time in the last thirty years.",
        speaker: "Ingrid Solheim",
      },
      {
        kind: "PARAPHRASE",
        text: "She said the government would raise spending on the coast guard by 25 percent next year.",
        speaker: "Ingrid Solheim",
      },
      { kind: "QUOTE", text: "no longer a quiet corner of Europe", speaker: "Ingrid Solheim" },
      {
        kind: "QUOTE",
        text: "Our agreements with Russia on fisheries have survived many storms, and I hope they survive this one too",
        speaker: "Ingrid Solheim",
      },
    ],
  },
  {
    id: "a06-british-single",
    about: "British single quotation marks with apostrophes and a plural possessive inside; people not in the directory",
    format: "text",
    text: `Defence secretary says Britain’s reserves ‘are not a bottomless pot’

London’s pledge to send another 100 armoured vehicles to Ukraine will be the last large transfer from existing stocks for some time, the defence secretary has warned.

Speaking at a factory in the West Midlands, Rachel Dunmore said: ‘We’ve given what we can spare and a good deal more besides. The allies’ shared stockpiles are thinner than anyone would like.’

She insisted the government’s commitment to Kyiv was ‘as firm as it has ever been’, adding: ‘What changes is where the kit comes from. From now on, it comes off new production lines.’

Labour’s shadow spokesman, Owen Pryce, accused ministers of ‘running down the cupboard without a plan to refill it’.

‘They’ve known about this problem for three years,’ Pryce said. ‘They’ve done next to nothing.’`,
    expected: [
      { kind: "QUOTE", text: "are not a bottomless pot", speaker: "Rachel Dunmore", optional: true },
      {
        kind: "QUOTE",
        text: "We’ve given what we can spare and a good deal more besides. The allies’ shared stockpiles are thinner than anyone would like.",
        speaker: "Rachel Dunmore",
      },
      { kind: "QUOTE", text: "as firm as it has ever been", speaker: "Rachel Dunmore" },
      {
        kind: "QUOTE",
        text: "What changes is where the kit comes from. From now on, it comes off new production lines.",
        speaker: "Rachel Dunmore",
      },
      { kind: "QUOTE", text: "running down the cupboard without a plan to refill it", speaker: "Owen Pryce" },
      { kind: "QUOTE", text: "They’ve known about this problem for three years", speaker: "Owen Pryce" },
      { kind: "QUOTE", text: "They’ve done next to nothing.", speaker: "Owen Pryce" },
    ],
  },
  {
    id: "a07-guillemets",
    about: "guillemets « » with the comma outside; alias “the commissioner”",
    format: "text",
    text: `Okafor: Europe must «buy European, but not only European»

BRUSSELS. The European Commissioner for Defence, Daniel Okafor, presented on Wednesday a plan to pool member states' orders for air defence systems.

«We will not close the door to our partners in Norway, Britain or Canada», Okafor said at the press conference. «But the money of European taxpayers must first build European capacity.»

Asked about delays in deliveries to Ukraine, the commissioner admitted that «the industry is not yet where it should be».

According to officials, the fund would have a budget of €12 billion for the first three years.`,
    expected: [
      { kind: "QUOTE", text: "buy European, but not only European", speaker: "Daniel Okafor", optional: true },
      { kind: "QUOTE", text: "We will not close the door to our partners in Norway, Britain or Canada", speaker: "Daniel Okafor" },
      { kind: "QUOTE", text: "But the money of European taxpayers must first build European capacity.", speaker: "Daniel Okafor" },
      { kind: "QUOTE", text: "the industry is not yet where it should be", speaker: "Daniel Okafor" },
    ],
  },
  {
    id: "a08-german-marks",
    about: "German-style „…“ marks; an opposition spokeswoman not in the directory",
    format: "text",
    text: `Becker defends pace of German rearmament

BERLIN – Chancellor Klaus Becker rejected criticism from eastern allies on Thursday that Germany was moving too slowly to rebuild its armed forces.

„Nobody in this government is dragging their feet“, Becker told the Bundestag. „We have ordered more in the last two years than in the previous twenty.“

The opposition was unimpressed. Its defence spokeswoman, Sabine Roth, said the chancellor was „confusing orders with deliveries“.

Becker’s office later said Germany would deliver two more IRIS-T systems to Ukraine before Christmas.`,
    expected: [
      {
        kind: "PARAPHRASE",
        text: "Chancellor Klaus Becker rejected criticism from eastern allies on Thursday that Germany was moving too slowly to rebuild its armed forces.",
        speaker: "Klaus Becker",
      },
      { kind: "QUOTE", text: "Nobody in this government is dragging their feet", speaker: "Klaus Becker" },
      { kind: "QUOTE", text: "We have ordered more in the last two years than in the previous twenty.", speaker: "Klaus Becker" },
      { kind: "QUOTE", text: "confusing orders with deliveries", speaker: "Sabine Roth" },
    ],
  },
  {
    id: "a09-scare-quotes",
    about: "scare quotes, a report title, a nickname: only two real quotes should be proposed",
    format: "text",
    text: `'Porcupine strategy' gains ground in Baltic capitals

The idea sounds simple: make a country so prickly that no invader wants to swallow it. Military planners in Tallinn, Riga and Vilnius have embraced the so-called "porcupine" approach, and a new report titled "Deterrence by Denial in the Baltic Region" sets out what it would cost.

The report, published by the Baltic Defence Research Centre, estimates that the three states would need about 1,500 additional anti-tank systems and 300 short-range air defence launchers.

Its author, Kristjan Tamm, calls the current posture a "tripwire with a long fuse". "If we only fight after the tanks arrive, we have already lost the first week," Tamm said in an interview.

Officials in Brussels were more cautious, describing the report as "a useful contribution" to a debate that is "far from over".`,
    expected: [
      { kind: "QUOTE", text: "tripwire with a long fuse", speaker: "Kristjan Tamm" },
      { kind: "QUOTE", text: "If we only fight after the tanks arrive, we have already lost the first week", speaker: "Kristjan Tamm" },
      { kind: "QUOTE", text: "a useful contribution", speaker: null, optional: true },
      { kind: "QUOTE", text: "far from over", speaker: null, optional: true },
    ],
  },
  {
    id: "a10-pronouns",
    about: "two speakers alternating with he/she; a role alias after the quote; “shot back”",
    format: "text",
    text: `Foreign ministers clash over frozen Russian assets

Marta Kowalczyk and Jean-Luc Moreau rarely agree on much, and Tuesday's meeting in Luxembourg was no exception.

Kowalczyk opened the session by demanding that the European Union seize the roughly €200 billion in Russian central bank assets held in its banks. "The money is there. The victims are there. The only thing missing is the courage," she said.

Moreau, who chaired the session, warned that confiscation could undermine trust in the euro. "We must be creative, not reckless," he told his colleagues.

She was not persuaded. "Creativity has given us three years of excuses," the Polish foreign minister shot back.

He later conceded that the interest earned on the assets could be used to buy weapons for Ukraine.`,
    expected: [
      {
        kind: "QUOTE",
        text: "The money is there. The victims are there. The only thing missing is the courage",
        speaker: "Marta Kowalczyk",
      },
      {
        kind: "PARAPHRASE",
        text: "Moreau, who chaired the session, warned that confiscation could undermine trust in the euro.",
        speaker: "Jean-Luc Moreau",
      },
      { kind: "QUOTE", text: "We must be creative, not reckless", speaker: "Jean-Luc Moreau" },
      { kind: "QUOTE", text: "Creativity has given us three years of excuses", speaker: "Marta Kowalczyk" },
      {
        kind: "PARAPHRASE",
        text: "He later conceded that the interest earned on the assets could be used to buy weapons for Ukraine.",
        speaker: "Jean-Luc Moreau",
      },
    ],
  },
  {
    id: "a11-aliases",
    about: "speaker named only by aliases: “the alliance chief”, “the Secretary General”, surname",
    format: "text",
    text: `Alliance chief rejects 'buffer zone' idea

The alliance chief on Monday dismissed suggestions that a demilitarised buffer zone could form part of a ceasefire in Ukraine.

"Ukraine's borders are not a bargaining chip, and they will not become one," the Secretary General said in Vienna, where she met the Austrian chancellor.

Varga said any agreement would have to be backed by "credible security guarantees" for Kyiv.

Asked whether European troops could be deployed after a ceasefire, the alliance chief said: "That is a question for the countries concerned. The alliance will not stand in their way."`,
    expected: [
      {
        kind: "PARAPHRASE",
        text: "The alliance chief on Monday dismissed suggestions that a demilitarised buffer zone could form part of a ceasefire in Ukraine.",
        speaker: "Helena Varga",
      },
      { kind: "QUOTE", text: "Ukraine's borders are not a bargaining chip, and they will not become one", speaker: "Helena Varga" },
      { kind: "QUOTE", text: "credible security guarantees", speaker: "Helena Varga", optional: true },
      {
        kind: "PARAPHRASE",
        text: 'Varga said any agreement would have to be backed by "credible security guarantees" for Kyiv.',
        speaker: "Helena Varga",
      },
      {
        kind: "QUOTE",
        text: "That is a question for the countries concerned. The alliance will not stand in their way.",
        speaker: "Helena Varga",
      },
    ],
  },
  {
    id: "a12-unknown-people",
    about: "people not in the directory (full names, diacritics), an unnamed spokesman",
    format: "text",
    text: `Drone incursions rattle Lithuanian border towns

Residents of villages near the Belarusian border say they have grown used to the buzz of unidentified drones at night.

"We hear them almost every evening now. Nobody tells us anything," said Laima Kazlauskienė, who runs a grocery shop in the village of Dieveniškės.

A spokesman for the Lithuanian border guard said 43 drones had been detected over the border area in September, up from 11 in August. "Most of them carry contraband cigarettes, but we cannot rule out reconnaissance," the spokesman said.

Lithuania's interior minister, Rimantas Vaitkus, told reporters the government would install new detection radars by the end of the year. "We will see every one of them," Vaitkus said. "And we will shoot down the ones that threaten us."`,
    expected: [
      { kind: "QUOTE", text: "We hear them almost every evening now. Nobody tells us anything", speaker: "Laima Kazlauskienė" },
      { kind: "QUOTE", text: "Most of them carry contraband cigarettes, but we cannot rule out reconnaissance", speaker: null },
      {
        kind: "PARAPHRASE",
        text: "Lithuania's interior minister, Rimantas Vaitkus, told reporters the government would install new detection radars by the end of the year.",
        speaker: "Rimantas Vaitkus",
      },
      { kind: "QUOTE", text: "We will see every one of them", speaker: "Rimantas Vaitkus" },
      { kind: "QUOTE", text: "And we will shoot down the ones that threaten us.", speaker: "Rimantas Vaitkus" },
    ],
  },
  {
    id: "a13-claims",
    about: "numbers in quotes and paraphrases: money, percentages, counts per period; attribution closing the lede",
    format: "text",
    text: `Okafor unveils €150 billion loan scheme for arms purchases

The European Commission will lend member states up to €150 billion for joint weapons purchases, Commissioner Daniel Okafor said on Wednesday.

"Every euro of this money must be spent on capabilities we are short of today: air defence, ammunition, drones and the means to move troops across Europe," Okafor told a news conference.

He said that at least 65 percent of the value of each contract would have to come from companies in the EU, Norway or Ukraine.

"Russia is producing around 250,000 artillery shells a month. We are getting closer, but we are not there yet," Okafor added. "By 2027 Europe should be able to produce two million shells a year."`,
    expected: [
      {
        kind: "PARAPHRASE",
        text: "The European Commission will lend member states up to €150 billion for joint weapons purchases, Commissioner Daniel Okafor said on Wednesday.",
        speaker: "Daniel Okafor",
      },
      {
        kind: "QUOTE",
        text: "Every euro of this money must be spent on capabilities we are short of today: air defence, ammunition, drones and the means to move troops across Europe",
        speaker: "Daniel Okafor",
      },
      {
        kind: "PARAPHRASE",
        text: "He said that at least 65 percent of the value of each contract would have to come from companies in the EU, Norway or Ukraine.",
        speaker: "Daniel Okafor",
      },
      {
        kind: "QUOTE",
        text: "Russia is producing around 250,000 artillery shells a month. We are getting closer, but we are not there yet",
        speaker: "Daniel Okafor",
      },
      { kind: "QUOTE", text: "By 2027 Europe should be able to produce two million shells a year.", speaker: "Daniel Okafor" },
    ],
  },
  {
    id: "a14-live-blog",
    about: "live-blog entries with times, a dash attribution after the quote, a role alias before it",
    format: "text",
    text: `Live: Alliance summit in Vilnius – day two

14:05 — Leaders have gathered for the family photo. The Secretary General is expected to speak shortly.

14:32 — Varga opens the session: "We meet at a moment when the security of Europe cannot be taken for granted. Let us leave Vilnius stronger than we arrived."

15:10 — Ukraine's president is due to join by video link in the afternoon.

15:48 — Quote of the day, from the Norwegian prime minister: "You cannot deter anyone with a spreadsheet."

16:20 — "We will not let this summit be remembered for what we failed to agree." — Klaus Becker, speaking to reporters outside the venue.`,
    expected: [
      {
        kind: "QUOTE",
        text: "We meet at a moment when the security of Europe cannot be taken for granted. Let us leave Vilnius stronger than we arrived.",
        speaker: "Helena Varga",
      },
      { kind: "QUOTE", text: "You cannot deter anyone with a spreadsheet.", speaker: "Ingrid Solheim" },
      { kind: "QUOTE", text: "We will not let this summit be remembered for what we failed to agree.", speaker: "Klaus Becker" },
    ],
  },
  {
    id: "a15-headline-repeat",
    about: "a headline repeating a quote of the body; attribution at the end of the lede",
    format: "text",
    text: `Kowalczyk: "Poland will not wait for anyone"

WARSAW — Poland will build its own air defence shield regardless of what its allies decide, Foreign Minister Marta Kowalczyk said on Saturday.

"Poland will not wait for anyone," Kowalczyk told a security forum in Warsaw. "We have waited before, and we remember how that ended."

She said Poland would spend 4.7 percent of its GDP on defence this year, the highest share in the alliance.`,
    expected: [
      { kind: "QUOTE", text: "Poland will not wait for anyone", speaker: "Marta Kowalczyk", optional: true },
      {
        kind: "PARAPHRASE",
        text: "Poland will build its own air defence shield regardless of what its allies decide, Foreign Minister Marta Kowalczyk said on Saturday.",
        speaker: "Marta Kowalczyk",
      },
      { kind: "QUOTE", text: "Poland will not wait for anyone", speaker: "Marta Kowalczyk" },
      { kind: "QUOTE", text: "We have waited before, and we remember how that ended.", speaker: "Marta Kowalczyk" },
      {
        kind: "PARAPHRASE",
        text: "She said Poland would spend 4.7 percent of its GDP on defence this year, the highest share in the alliance.",
        speaker: "Marta Kowalczyk",
      },
    ],
  },
  {
    id: "a16-nested",
    about: "a single-quoted word inside a double quote; one-word scare quotes; a plural possessive apostrophe",
    format: "text",
    text: `Solheim rejects Kremlin claim of 'provocation' in Svalbard

Norway's prime minister on Wednesday dismissed Russian accusations that a coast guard patrol near Svalbard had been a provocation.

"When Moscow uses the word 'provocation', it usually means that someone has noticed what Russia is doing," Ingrid Solheim told the Storting. "Our coast guard was where it always is: in Norwegian waters, doing its job."

Kremlin spokesman Dmitri Volkov had earlier accused Oslo of "militarising the Arctic" and warned of "consequences".

Asked whether Norway would respond to Russian fishing vessels' repeated entry into its zone, Solheim said: "We don't escalate. We inspect, we document, and we enforce the law."`,
    expected: [
      {
        kind: "QUOTE",
        text: "When Moscow uses the word 'provocation', it usually means that someone has noticed what Russia is doing",
        speaker: "Ingrid Solheim",
      },
      { kind: "QUOTE", text: "Our coast guard was where it always is: in Norwegian waters, doing its job.", speaker: "Ingrid Solheim" },
      { kind: "QUOTE", text: "militarising the Arctic", speaker: "Dmitri Volkov", optional: true },
      {
        kind: "PARAPHRASE",
        text: 'Kremlin spokesman Dmitri Volkov had earlier accused Oslo of "militarising the Arctic" and warned of "consequences".',
        speaker: "Dmitri Volkov",
      },
      { kind: "QUOTE", text: "We don't escalate. We inspect, we document, and we enforce the law.", speaker: "Ingrid Solheim" },
    ],
  },
];
