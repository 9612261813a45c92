// News pages (short excerpts), annotated by hand: every quotation and who said it.
import type { RealArticle } from "./types";

const article = (a: Omit<RealArticle, "kind">): RealArticle => ({ kind: "article", ...a });

export const realArticles: RealArticle[] = [
  article({
    id: "ra01-ap-fico-neutral",
    split: "dev",
    url: "https://uat.apnews.com/article/slovakia-fico-nato-defense-spending-fd17f16c2eebe838bbd8b7cfda64a4a5",
    outlet: "AP",
    date: "2025-06-17",
    layout: "he said, adding that; scare quote; quote after a colon-less lead",
    text: `Populist leader suggests ahead of NATO summit that Slovakia might be better off neutral

BRATISLAVA, Slovakia (AP) — Slovakia’s populist Prime Minister Robert Fico suggested Tuesday that his country might be better off neutral as he and other officials prepared for a NATO summit next week.

Fico made the remarks before heading into a meeting with political party leaders and President Peter Pellegrini to discuss proposals to increase defense spending to meet targets that the alliance is moving toward. Fico accused Western leaders of being “warmongers” who enable weapons profiteering in their support of Ukraine.

“Neutrality would be very beneficial for Slovakia,” he said, adding that, “Unfortunately, such a decision is not in my hands.”

Later Tuesday, he released a statement saying the NATO defense spending requirements would amount to more than 7 billion euros ($8 billion) or almost a fifth of the country’s budget, which he called “absolutely absurd.”

He said the country had the simple choice of meeting that target, “or we leave NATO.”`,
    quotes: [
      { text: "warmongers", speaker: "Robert Fico", optional: true },
      { text: "Neutrality would be very beneficial for Slovakia", speaker: "Robert Fico" },
      { text: "Unfortunately, such a decision is not in my hands.", speaker: "Robert Fico" },
      { text: "absolutely absurd.", speaker: "Robert Fico", optional: true },
      { text: "or we leave NATO.", speaker: "Robert Fico", optional: true },
    ],
  }),
  article({
    id: "ra02-reuters-fico-statement",
    split: "test",
    url: "https://d2443.cms.socastsrm.com/2025/06/23/slovakia-reserves-right-to-decide-pace-of-defence-spending-rise-pm-fico-says",
    outlet: "Reuters",
    date: "2025-06-23",
    layout: "“X said in a statement”, relative clause naming Moscow, pronoun after",
    text: `(Reuters) -Slovakia has to reserve the right to decide how fast to raise spending towards NATO’s new targets for 2035, Prime Minister Robert Fico said on Monday.

Fico referred to Spain’s objection to the target, which is due to be approved by NATO leaders on Wednesday.

“Slovakia has other priorities than armament in the coming years, at a time of healing public budgets and catching up with the average EU living standard,” Fico said in a statement.

Fico, who has diverged from most Western allies by visiting Moscow twice since last year and refusing to provide official military aid to Ukraine, has also started hinting that he would be in favour of leaving NATO.

Fico again posed the question of NATO membership on Monday.

“Slovakia is a NATO member country and has to decide if it respects commitments of our membership or will take a different solution in the future,” he said.`,
    quotes: [
      { text: "Slovakia has other priorities than armament in the coming years, at a time of healing public budgets and catching up with the average EU living standard", speaker: "Robert Fico" },
      { text: "Slovakia is a NATO member country and has to decide if it respects commitments of our membership or will take a different solution in the future", speaker: "Robert Fico" },
    ],
  }),
  article({
    id: "ra03-chinadaily-fico",
    split: "dev",
    url: "http://www.qwxb.com.cn/a/202506/19/WS685365b5a310a04af22c7297.html",
    outlet: "China Daily",
    date: "2025-06-19",
    layout: "straight quotes, “he told a news conference”, “he said, adding,”",
    text: `Slovak PM questions NATO membership ahead of summit

BRATISLAVA, Slovakia — Slovakia's Prime Minister Robert Fico suggested on Tuesday that his country might be better off neutral as he and other officials prepared for a NATO summit next week.

Fico accused Western leaders of being "warmongers" who enable weapons profiteering in their support of Ukraine.

"If you ask me, I tell you that in these nonsensical times of arms buildup… arms companies are rubbing their hands," he told a news conference shown online.

"Neutrality would be very beneficial for Slovakia," he said, adding, "Unfortunately, such a decision is not in my hands."`,
    quotes: [
      { text: "warmongers", speaker: "Robert Fico", optional: true },
      { text: "If you ask me, I tell you that in these nonsensical times of arms buildup… arms companies are rubbing their hands", speaker: "Robert Fico" },
      { text: "Neutrality would be very beneficial for Slovakia", speaker: "Robert Fico" },
      { text: "Unfortunately, such a decision is not in my hands.", speaker: "Robert Fico" },
    ],
  }),
  article({
    id: "ra04-morningstar-sanchez-letter",
    split: "test",
    url: "https://msd11.gn.apc.org/article/spain-rejects-natos-unreasonable-proposal-hike-military-spending-5-gdp",
    outlet: "Morning Star",
    date: "2025-06-19",
    layout: "“wrote Mr Sanchez in the letter”, accent-less name, continuation paragraph",
    text: `SPAIN has rejected a Nato proposal to spend 5 per cent of GDP on the military that’s due to be announced next week, calling it “unreasonable.”
In a letter sent today to Nato secretary-general Mark Rutte, Spanish Prime Minister Pedro Sanchez said that Spain “cannot commit to a specific spending target in terms of GDP” at next week’s Nato summit in The Hague.
For Spain, ”committing to a 5 per cent target would not only be unreasonable, but also counterproductive,” wrote Mr Sanchez in the letter.
“It would move Spain away from optimal spending and would hinder the EU’s efforts to strengthen its security and defence ecosystem.”
Mr Sanchez said in April the government would raise defence spending by €10.5 billion (£8.3bn) this year to reach Nato’s previous target of 2 per cent of GDP.`,
    quotes: [
      { text: "unreasonable.", speaker: "Pedro Sánchez", optional: true },
      { text: "cannot commit to a specific spending target in terms of GDP", speaker: "Pedro Sánchez" },
      { text: "committing to a 5 per cent target would not only be unreasonable, but also counterproductive", speaker: "Pedro Sánchez" },
      { text: "It would move Spain away from optimal spending and would hinder the EU’s efforts to strengthen its security and defence ecosystem.", speaker: "Pedro Sánchez" },
    ],
  }),
  article({
    id: "ra05-elmundo-rutte-sanchez",
    split: "dev",
    url: "https://www.mundoamerica.com/news/2025/05/07/681b185f21efa06c2d8b45b9.html",
    outlet: "El Mundo",
    date: "2025-05-07",
    layout: "role nouns (“The Secretary General”), “Rutte points out”, quotes in the standfirst",
    text: `Rutte celebrates that Spain "accelerates investment in Defense" but already warns Sánchez that more will have to be done and points to a military spending of at least 3%

"We are working hard to ensure that we can achieve it," he says regarding the new target that NATO will set at the June summit

"Spain is a loyal ally and plays a crucial role in NATO, even through contributions to our missions and activities. I welcome Spain's recent decision to accelerate investment in Defense." The Secretary General of the North Atlantic Treaty Organization values the Government's decision to increase military spending by more than 10,000 million, a measure explained by President Pedro Sánchez in Congress on Wednesday.

However, at the same time, the former Prime Minister of the Netherlands already points to the new target that the Alliance will set at the Hague summit. "We are working hard to ensure that we can achieve it," Rutte points out in an interview with EFE when asked about this new target.

Rutte has emphasized that investing more is vital because the existing challenges "are significant." "They require all of us to do more and invest more to be prepared today and in the future. The sooner we do it, the safer we will be," he stated.`,
    quotes: [
      { text: "accelerates investment in Defense", speaker: "Mark Rutte", optional: true },
      { text: "We are working hard to ensure that we can achieve it", speaker: "Mark Rutte", optional: true },
      { text: "Spain is a loyal ally and plays a crucial role in NATO, even through contributions to our missions and activities. I welcome Spain's recent decision to accelerate investment in Defense.", speaker: "Mark Rutte" },
      { text: "We are working hard to ensure that we can achieve it", speaker: "Mark Rutte" },
      { text: "are significant.", speaker: "Mark Rutte", optional: true },
      { text: "They require all of us to do more and invest more to be prepared today and in the future. The sooner we do it, the safer we will be", speaker: "Mark Rutte" },
    ],
  }),
  article({
    id: "ra06-ap-trump-arrives",
    split: "test",
    url: "https://www.townandcountrytoday.com/politics/in-his-sole-full-day-at-the-nato-summit-trump-faces-an-alliance-further-shaped-to-his-liking-10859678",
    outlet: "AP",
    date: "2025-06-25",
    layout: "quote inside a noun phrase, “X said … as he met with Y”",
    text: `Trump arrives at a NATO summit facing an alliance shaped to his liking

THE HAGUE, Netherlands (AP) — President Donald Trump on Wednesday is meeting with members of a NATO alliance that he has worked to bend to his will over the years and whose members are rattled by his latest comments casting doubt on the U.S. commitment to its mutual defense guarantees.

Trump's comments en route to the Netherlands that his fidelity to Article 5 “depends on your definition" are drawing attention at the NATO summit.

“I've been asking them to go up to 5% for a number of years,” Trump said Wednesday morning as he met with Mark Rutte, the alliance's secretary-general. “I think that's going to be very big news.”`,
    quotes: [
      { text: "depends on your definition", speaker: "Donald Trump", optional: true },
      { text: "I've been asking them to go up to 5% for a number of years", speaker: "Donald Trump" },
      { text: "I think that's going to be very big news.", speaker: "Donald Trump" },
    ],
  }),
  article({
    id: "ra07-arabnews-trump-definition",
    split: "dev",
    url: "https://en.emranews.com/115390",
    outlet: "Arab News (AP)",
    date: "2025-06-24",
    layout: "quote first, “Trump told reporters”; fragments",
    text: `THE HAGUE: President Donald Trump injected some uncertainty over whether the US would abide by the mutual defense guarantees outlined in the NATO treaty as he headed to its summit.
“Depends on your definition,” Trump told reporters as he was headed to The Hague, where this year’s summit is being held. “There’s numerous definitions of Article 5. You know that, right? But I’m committed to being their friends.” Asked later aboard Air Force One to clarify, Trump said he is “committed to saving lives” and “committed to life and safety” but did not expand further.
NATO Secretary-General Mark Rutte said he has no doubt about the US commitment to NATO and its Article 5 guarantee.`,
    quotes: [
      { text: "Depends on your definition", speaker: "Donald Trump", optional: true },
      { text: "There’s numerous definitions of Article 5. You know that, right? But I’m committed to being their friends.", speaker: "Donald Trump" },
      { text: "committed to saving lives", speaker: "Donald Trump", optional: true },
      { text: "committed to life and safety", speaker: "Donald Trump", optional: true },
    ],
  }),
  article({
    id: "ra08-bloomberg-stubb",
    split: "test",
    url: "https://www.livemint.com/politics/news/nato-leaders-play-down-concern-over-trump-s-defense-commitment-11750840819898.html",
    outlet: "Bloomberg (Mint)",
    date: "2025-06-25",
    layout: "speaker named in the sentence before the quote; US president posting",
    text: `NATO leaders sought to project confidence that the US will defend allies after President Donald Trump fueled doubts about his administration’s continued commitment to crucial collective obligations.

Heading into the high-stakes summit in The Hague on Wednesday, Secretary General Mark Rutte told reporters he was convinced that the US is “totally committed” to Article 5.

Finnish President Alexander Stubb, who played golf with Trump in Florida for several hour earlier this year, also pushed back against criticism that the US president was questioning his country’s commitment to NATO’s mutual defense. “I don’t think President Trump is relativizing Article 5 and golf is a good way to discuss business.”

Trump appeared in good spirits, posting on Truth Social ahead of a day filled with NATO discussions that he had a great breakfast with the Dutch King and Queen. “The day begins in the beautiful Netherlands,” the US president wrote.`,
    quotes: [
      { text: "totally committed", speaker: "Mark Rutte", optional: true },
      { text: "I don’t think President Trump is relativizing Article 5 and golf is a good way to discuss business.", speaker: "Alexander Stubb" },
      { text: "The day begins in the beautiful Netherlands", speaker: "Donald Trump" },
    ],
  }),
  article({
    id: "ra09-independent-trump-article-five",
    split: "dev",
    url: "https://politic-news.space/?p=220787",
    outlet: "The Independent (reproduced)",
    date: "2025-06-24",
    layout: "“He replied:” colon quote; “the president” role noun; fragments",
    text: `President Donald Trump on Tuesday refused to state whether he would commit the United States to continued support of the mutual defense provision in the NATO treaty.
Speaking to reporters aboard Air Force One while flying to The Hague for the alliance’s annual leader-level summit, the president was asked if he was still committed to Article Five of the North Atlantic Treaty.
He replied: “It depends on your definition. There’s numerous definitions of Article Five. You know that, right?”
The president added that he was nonetheless “committed to being … friends” with the other members of the alliance because he had “become friends with many of those leaders” and was “committed to helping them.”`,
    quotes: [
      { text: "It depends on your definition. There’s numerous definitions of Article Five. You know that, right?", speaker: "Donald Trump" },
      { text: "committed to being … friends", speaker: "Donald Trump", optional: true },
      { text: "become friends with many of those leaders", speaker: "Donald Trump", optional: true },
      { text: "committed to helping them.", speaker: "Donald Trump", optional: true },
    ],
  }),
  article({
    id: "ra10-guardian-via-aggregator",
    split: "test",
    url: "https://b8et77.org/international/trump-affirms-nato-commitment-to-article5-hails-5-defensespending",
    outlet: "aggregator (the Guardian reported)",
    date: "2025-06-25",
    layout: "“he stated,” between two quotes; communiqué quoted after a colon",
    text: `US President Donald Trump issued a strong assurance at the NATO summit in The Hague, reaffirming his commitment to Article 5, the Guardian reported.
En route to the summit, Trump sparked concerns by warning there were “numerous definitions” of Article 5, provoking unease among allies. However, during a joint press conference, Trump pledged support. “Certainly we are there to protect,” he stated, “Yes, I would be committed to Article 5”
According to the Guardian, Dutch NATO Secretary-General Mark Rutte swiftly sought to calm nerves, reaffirming his faith in America's role: “I have no doubt that the U.S. is totally committed to NATO, totally committed to Article 5”`,
    quotes: [
      { text: "numerous definitions", speaker: "Donald Trump", optional: true },
      { text: "Certainly we are there to protect Yes, I would be committed to Article 5", speaker: "Donald Trump" },
      { text: "I have no doubt that the U.S. is totally committed to NATO, totally committed to Article 5", speaker: "Mark Rutte" },
    ],
  }),
  article({
    id: "ra11-rutte-schoof-statements",
    split: "dev",
    url: "https://asb-media.info/en/trumps-arrival-at-nato-summit-via-flying-carpet-a-preliminary-overview",
    outlet: "ASB Media",
    date: "2025-06-25",
    layout: "“X stated,” before the quote; “asserting with conviction,” before the quote",
    text: `On the summit's second day, NATO Secretary-General Mark Rutte voiced his unwavering belief in the US's dedication to NATO and its Article 5 obligations. Rutte stated, "The United States is unequivocally committed to the NATO alliance and Article 5."
When queried about Trump's commitment to Article 5 during his flight to the summit, Trump played coy. He explained, "There are numerous interpretations of Article 5," while maintaining his intention to build friendly relationships with NATO allies.
Dutch Prime Minister Dick Schoof echoed Rutte's sentiment, asserting with conviction, "Article 5's obligations are crystal clear."`,
    quotes: [
      { text: "The United States is unequivocally committed to the NATO alliance and Article 5.", speaker: "Mark Rutte" },
      { text: "There are numerous interpretations of Article 5", speaker: "Donald Trump" },
      { text: "Article 5's obligations are crystal clear.", speaker: "Dick Schoof" },
    ],
  }),
  article({
    id: "ra12-ap-rewrite-trump",
    split: "test",
    url: "https://cr.today/trump-questions-commitment-to-nato-defense-pact",
    outlet: "CR Today (AP)",
    date: "2025-06-24",
    layout: "“X told reporters,” before the quote; “He asserted,”",
    text: `THE HAGUE, Netherlands (AP) — President Donald Trump raised questions on Tuesday regarding the U.S. commitment to the mutual defense provisions of the NATO treaty as he arrived for the summit.
While en route to The Hague, where the summit is taking place, Trump told reporters, “It depends on your definition,” referencing the various interpretations of Article 5. He asserted, “But I’m committed to being their friends.”
These remarks come amid turmoil in the Middle East, as Trump announced plans to target three nuclear facilities in Iran, alongside his surprising claims that Israel and Iran had reached a “complete and total ceasefire.”`,
    quotes: [
      { text: "It depends on your definition", speaker: "Donald Trump" },
      { text: "But I’m committed to being their friends.", speaker: "Donald Trump" },
      { text: "complete and total ceasefire.", speaker: "Donald Trump", optional: true },
    ],
  }),
  article({
    id: "ra13-europediplomatic-vdl-israel",
    split: "dev",
    url: "https://europediplomatic.com/tag/ursula-von-der-leyen/",
    outlet: "Europe Diplomatic",
    date: "2022-06-14",
    layout: "“von der Leyen said,” without a comma before it; “the president of the Commission continued”; “has underscored”",
    text: `Brussels 14.06.2022 The European Commission president Ursula von der Leyen visited Israel on her Middle East trip including Palestine, Joradan and Egypt.

“Today, I would like to focus briefly on three of these challenges” von der Leyen said, while addressing the audience at the Ben-Gurion University of the Negev. “The first is the challenge stemming from autocracies, the second is climate change, and the third is democratic backsliding.”

“It is a war against the idea that the people of Ukraine can take sovereign decisions about their own future. This is exactly what the Kremlin is fighting against” the president of the Commission continued.

“I know that Israel has helped Ukraine with tonnes of humanitarian aid and a field hospital, and you have welcomed tens of thousands of Ukrainian refugees to your land” von der Leyen has underscored.`,
    quotes: [
      { text: "Today, I would like to focus briefly on three of these challenges", speaker: "Ursula von der Leyen" },
      { text: "The first is the challenge stemming from autocracies, the second is climate change, and the third is democratic backsliding.", speaker: "Ursula von der Leyen" },
      { text: "It is a war against the idea that the people of Ukraine can take sovereign decisions about their own future. This is exactly what the Kremlin is fighting against", speaker: "Ursula von der Leyen" },
      { text: "I know that Israel has helped Ukraine with tonnes of humanitarian aid and a field hospital, and you have welcomed tens of thousands of Ukrainian refugees to your land", speaker: "Ursula von der Leyen" },
    ],
  }),
  article({
    id: "ra14-europediplomatic-vdl-davos",
    split: "test",
    url: "https://europediplomatic.com/tag/ursula-von-der-leyen/",
    outlet: "Europe Diplomatic",
    date: "2022-01-20",
    layout: "quote, then “said in her special Address president von der Leyen”; quote paragraphs",
    text: `Brussels 20.01.2022 “There is a question lingering out there since the start of the pandemic: Are our democracies strong and fast enough to face the incredible challenge of COVID-19? Can democracies deliver?” ‘State of the World’ said in her special Address president von der Leyen at the Davos World Economic Forum, via video-conference:

“I have no doubt. The pandemic has not only demonstrated our democracies’ ability to act, it has also shown that democracies are the more powerful, the more resilient and the more sustainable form of government.”`,
    quotes: [
      { text: "There is a question lingering out there since the start of the pandemic: Are our democracies strong and fast enough to face the incredible challenge of COVID-19? Can democracies deliver?", speaker: "Ursula von der Leyen" },
      { text: "I have no doubt. The pandemic has not only demonstrated our democracies’ ability to act, it has also shown that democracies are the more powerful, the more resilient and the more sustainable form of government.", speaker: "Ursula von der Leyen" },
    ],
  }),
  article({
    id: "ra15-pellegrini-fico",
    split: "dev",
    url: "https://todaytimeslive.com/politics/786528.html",
    outlet: "Today Times Live",
    date: "2025-06-17",
    layout: "“said X and added:” after the quote; fragments",
    text: `With a view to the goal of five percent of NATO -Secretary -General Mark Rutte, Fico wrote that it was “absolutely absurd to spend so much on defense”. Slovakia has “not the resources” for this.
Fico received a lot of criticism
In addition to opposition politicians, President Peter Pellegrini, who is close to him, also practiced sharp criticism of Fico’s statements. Fico is “a master in overloading the public space with a subject that we will discuss every 20 days without achieving anything,” said Pellegrini and added: “Our neutrality would cost us much more than our membership of NATO.”`,
    quotes: [
      { text: "absolutely absurd to spend so much on defense", speaker: "Robert Fico" },
      { text: "not the resources", speaker: "Robert Fico", optional: true },
      { text: "a master in overloading the public space with a subject that we will discuss every 20 days without achieving anything", speaker: "Peter Pellegrini" },
      { text: "Our neutrality would cost us much more than our membership of NATO.", speaker: "Peter Pellegrini" },
    ],
  }),
  article({
    id: "ra16-newsam-podoliak-zelensky",
    split: "test",
    url: "https://news.am/eng/news/688696.html",
    outlet: "News.am",
    date: "2022-02-26",
    layout: "“Podoliak said”; “He is …” inside the quote; double-spelt name",
    text: `Zelenskyy posts video from Kyiv

Ukrainian President Volodymyr Zelenskyy remains in Kyiv, he is accompanied by employees of the presidential office, the UNIAN news agency reported.

The remarks came at a briefing by Mykhailo Podoliak.

"He is in Kyiv, working with the country's leadership, with the Cabinet of Ministers, with MPs. He also holds constant consultations with world leaders," Podoliak said.

Volodymyr Zelenskyy recorded a video from the square in front of the presidential office.

"All of us are here. Our military is here. Citizens, the community is here. We're all here. Protecting our independence, our state. And so it shall be. Glory to our defenders! Glory to Ukraine," Zelenskyy said.`,
    quotes: [
      { text: "He is in Kyiv, working with the country's leadership, with the Cabinet of Ministers, with MPs. He also holds constant consultations with world leaders", speaker: "Mykhailo Podoliak" },
      { text: "All of us are here. Our military is here. Citizens, the community is here. We're all here. Protecting our independence, our state. And so it shall be. Glory to our defenders! Glory to Ukraine", speaker: "Volodymyr Zelensky" },
    ],
  }),
  article({
    id: "ra17-ians-zelensky",
    split: "dev",
    url: "https://www.wefornews.com/we-are-all-here-says-ukrainian-president-volodymyr-zelensky-in-kiev/",
    outlet: "IANS (WeForNews)",
    date: "2022-02-26",
    layout: "“he said in the video, in which he and other government leaders …”",
    text: `We are all here, says Ukrainian President Volodymyr Zelensky in Kiev

Kiev, Feb 26 : Ukrainian President Volodymyr Zelensky posted a video on social media on Friday, reassuring people that he is still in the capital.

“We are all here. Our troops are here … We are defending our independence, our state. And so it will continue,” he said in the video, in which he and other government leaders were in front of the parliament building in Kiev, Xinhua news agency reported.`,
    quotes: [
      { text: "We are all here. Our troops are here … We are defending our independence, our state. And so it will continue", speaker: "Volodymyr Zelensky" },
    ],
  }),
  article({
    id: "ra18-afp-macron-merz",
    split: "test",
    url: "https://www.sanfranciscofrontiers.com/Politics/496621-france-germany-say-to-cooperate-more-closely-on-defence.html",
    outlet: "AFP",
    date: "2025-05-07",
    layout: "straight and typographic quotes mixed; “he said” after a paragraph naming Merz",
    text: `France, Germany say to cooperate more closely on defence

French President Emmanuel Macron and Germany's Chancellor Friedrich Merz vowed Wednesday to ramp up security cooperation in the face of Russian threats.

"We will set up a French-German defence and security council to meet regularly to bring operational responses to our common strategic challenges,' Macron said at their joint press conference.

"We will take joint measures to further enhance Europe's security and defence capabilities," Merz said, before heading to Poland later in the day.

Merz said the conflict in Ukraine could not end without the involvement of the United States.

"We cannot end this war in Ukraine without a continued involvement of the United States of America, this is not something that Europeans can substitute for," he said.

But, Merz said, "at the same time we are aware that we will continue to need the Americans".`,
    quotes: [
      { text: "We will set up a French-German defence and security council to meet regularly to bring operational responses to our common strategic challenges", speaker: "Emmanuel Macron" },
      { text: "We will take joint measures to further enhance Europe's security and defence capabilities", speaker: "Friedrich Merz" },
      { text: "We cannot end this war in Ukraine without a continued involvement of the United States of America, this is not something that Europeans can substitute for", speaker: "Friedrich Merz" },
      { text: "at the same time we are aware that we will continue to need the Americans", speaker: "Friedrich Merz" },
    ],
  }),
  article({
    id: "ra19-frontnews-merz-macron",
    split: "dev",
    url: "https://frontnews.ge/en/news/merz-and-macron-pledge-stronger-eu-defense-and-united-support-for-ukraine",
    outlet: "Front News Georgia",
    date: "2025-05-07",
    layout: "“Merz stated,”; “saying,” before the quote; “President Macron remained deliberately vague:”",
    text: `At a joint press conference in Paris, the two leaders announced the formation of a Franco-German Defence and Security Council.
“One of our top priorities is to close Europe’s capability gaps and ensure long-term support for Ukraine,” Merz stated, calling on all EU member states to significantly increase their defense spending. “Only in this way can we collectively support Ukraine and ensure the security of our continent.”
Both leaders affirmed their readiness to provide security guarantees to Ukraine. Merz stressed that this would require stronger coordination with the United States, saying, “This can only succeed if we continue working hand-in-hand with our American partners within NATO.”
In response to questions about delivering long-range Taurus missiles to Ukraine, President Macron remained deliberately vague: “Let’s say as little as possible. Ambiguity is the best thing for the Ukrainians.”`,
    quotes: [
      { text: "One of our top priorities is to close Europe’s capability gaps and ensure long-term support for Ukraine", speaker: "Friedrich Merz" },
      { text: "Only in this way can we collectively support Ukraine and ensure the security of our continent.", speaker: "Friedrich Merz" },
      { text: "This can only succeed if we continue working hand-in-hand with our American partners within NATO.", speaker: "Friedrich Merz" },
      { text: "Let’s say as little as possible. Ambiguity is the best thing for the Ukrainians.", speaker: "Emmanuel Macron" },
    ],
  }),
  article({
    id: "ra20-gnews-macron-costa",
    split: "test",
    url: "https://gnews.cz/en/policy/emmanuel-macron-briefs-eu-leaders-on-meeting-with-donald-trump",
    outlet: "GNews.cz",
    date: "2025-02-26",
    layout: "“X said.” after a full stop inside the quote; “X wrote on his social network”; “he said:”",
    text: `Trump doubled down on his goal of ending the war with Russia "within weeks", while Macron warned against rushing into a truce that the Kremlin could use to its advantage.
"In the past, we had a ceasefire that was not respected," Macron said, referring to the Minsk agreements that did not end the war in Donbas.
"We provided real money, to be clear." Macron said.
"Very useful (meeting) in preparation for our extraordinary European Council on 6 March, where we will take a decision on our support for Ukraine and the strengthening of European defence." Costa wrote on his social network.
One of the participants, the President of Lithuania Gitanas Nausėda, he said: "To achieve peace through strength, we must act together."`,
    quotes: [
      { text: "within weeks", speaker: "Donald Trump", optional: true },
      { text: "In the past, we had a ceasefire that was not respected", speaker: "Emmanuel Macron" },
      { text: "We provided real money, to be clear.", speaker: "Emmanuel Macron" },
      { text: "Very useful (meeting) in preparation for our extraordinary European Council on 6 March, where we will take a decision on our support for Ukraine and the strengthening of European defence.", speaker: "António Costa" },
      { text: "To achieve peace through strength, we must act together.", speaker: "Gitanas Nausėda" },
    ],
  }),
  article({
    id: "ra21-afp-rutte-drones",
    split: "dev",
    url: "https://tribune.net.ph/2025/09/10/nato-condemns-russias-reckless-behaviour-after-poland-drone-incursion",
    outlet: "AFP (Daily Tribune)",
    date: "2025-09-10",
    layout: "“alliance chief Mark Rutte said”; “he added”; fragments in the lede",
    text: `NATO chief Mark Rutte on Wednesday slammed Moscow's "reckless behaviour" after Russian drones violated Polish airspace, and hailed the alliance's "very successful reaction" to counter the incursion.

"A full assessment is ongoing. But of course, whether it was intentional or not, it is absolutely reckless, it is absolutely dangerous," alliance chief Mark Rutte said after NATO members held emergency discussions.

Rutte said that NATO's "air defences were activated and successfully assured the defence of NATO territory, as they are designed to do".

"To Putin, I mean, my message is clear: stop the war in Ukraine, stop the escalating war, which he is now basically mounting on innocent civilians and civilian infrastructure," he added.

"Stop violating allied airspace, and know that we stand ready, that we are vigilant, and that we will defend every inch of NATO territory," he said.`,
    quotes: [
      { text: "reckless behaviour", speaker: "Mark Rutte", optional: true },
      { text: "very successful reaction", speaker: "Mark Rutte", optional: true },
      { text: "A full assessment is ongoing. But of course, whether it was intentional or not, it is absolutely reckless, it is absolutely dangerous", speaker: "Mark Rutte" },
      { text: "air defences were activated and successfully assured the defence of NATO territory, as they are designed to do", speaker: "Mark Rutte" },
      { text: "To Putin, I mean, my message is clear: stop the war in Ukraine, stop the escalating war, which he is now basically mounting on innocent civilians and civilian infrastructure", speaker: "Mark Rutte" },
      { text: "Stop violating allied airspace, and know that we stand ready, that we are vigilant, and that we will defend every inch of NATO territory", speaker: "Mark Rutte" },
    ],
  }),
  article({
    id: "ra22-liga-rutte",
    split: "test",
    url: "https://news.liga.net/en/politics/news/rutte-addresses-putin-after-the-attack-on-poland-night-showed-we-can-defend-nato",
    outlet: "LIGA.net",
    date: "2025-09-10",
    layout: "“Rutte said .” with a space; role noun “the Secretary General emphasized”",
    text: `NATO Secretary General Mark Rutte appealed to dictator Vladimir Putin after Russian drones flew into Poland on the morning of September 10. At a briefing, he called on to end the war against Ukraine.

"Stop the war in Ukraine. Stop the escalation of the war. Stop violating allied airspace and know that we will be ready," Rutte said .

According to him, the incident in Poland is a continuation of Russia's war against Ukraine. But the allies are "determined to defend every inch of allied territory," the Secretary General emphasized.

"Last night showed that we are capable of defending NATO territory and its airspace," Rutte said.`,
    quotes: [
      { text: "Stop the war in Ukraine. Stop the escalation of the war. Stop violating allied airspace and know that we will be ready", speaker: "Mark Rutte" },
      { text: "determined to defend every inch of allied territory", speaker: "Mark Rutte" },
      { text: "Last night showed that we are capable of defending NATO territory and its airspace", speaker: "Mark Rutte" },
    ],
  }),
  article({
    id: "ra23-interfax-hart",
    split: "dev",
    url: "https://en.interfax.com.ua/news/general/1103424.html",
    outlet: "Interfax-Ukraine",
    date: "2025-09-10",
    layout: "“she said on X” after a quote; speaker named in the sentence before",
    text: `Rutte in touch with Polish leadership, consulting with Poland on drone incursion
NATO Secretary General Mark Rutte is in contact with the Polish leadership and NATO is in close consultation with Poland regarding the drone incursion into Polish territory, NATO Spokeswoman Allison Hart has said.
"Numerous drones entered Polish airspace overnight and were met by Polish and NATO air defenses. The NATO Secretary General is in contact with the Polish leadership and NATO is in close consultation with Poland," she said on X.`,
    quotes: [
      { text: "Numerous drones entered Polish airspace overnight and were met by Polish and NATO air defenses. The NATO Secretary General is in contact with the Polish leadership and NATO is in close consultation with Poland", speaker: "Allison Hart" },
    ],
  }),
  article({
    id: "ra24-balticsentinel-standfirst",
    split: "test",
    url: "https://balticsentinel.eu/8193176/interview-with-kaja-kallas-j-d-vance-likely-addressed-u-s-domestic-audience-in-munich-trump-administration-s-public-statements-don-t-fully-align-with-our-private-talks",
    outlet: "Baltic Sentinel",
    date: "2025-02-14",
    layout: "quote then “says EU High Representative Kaja Kallas commenting on …”",
    text: `Kaja Kallas attended a meeting in Paris on Tuesday with Ursula von der Leyen and U.S. Vice President J.D. Vance. Photo: Leah Millis / REUTERS / Scanpix

"Europe can handle our internal issues on our own. We need to focus on the foreign threats in our cooperation with the Americans," says EU High Representative Kaja Kallas commenting on the statements made by the U.S. Vice President J.D. Vance at the Munich Security Conference.`,
    quotes: [
      { text: "Europe can handle our internal issues on our own. We need to focus on the foreign threats in our cooperation with the Americans", speaker: "Kaja Kallas" },
    ],
  }),
  article({
    id: "ra25-rfi-macron-coalition",
    split: "dev",
    url: "https://inkl.com/news/macron-hosts-european-military-chiefs-to-discuss-ukraine-security-guarantees",
    outlet: "RFI (inkl)",
    date: "2025-03-11",
    layout: "“X last week said … would only be deployed” partial quote; an aide's words",
    text: `French President Emmanuel Macron is hosting a crucial meeting in Paris on Tuesday with military chiefs from 30 European and NATO countries to discuss security guarantees for Ukraine should a peace agreement with Russia emerge.
Macron last week said any European troops in Ukraine would only be deployed "once a peace deal is signed, to guarantee it is fully respected".
Those talks will centre on the "necessary rearmament of Europe" and military support to Ukraine, one of the French defence minister's aides has said.`,
    quotes: [
      { text: "once a peace deal is signed, to guarantee it is fully respected", speaker: "Emmanuel Macron" },
      { text: "necessary rearmament of Europe", speaker: null, optional: true },
    ],
  }),
  article({
    id: "ra26-newspravda-dash-attribution",
    split: "test",
    url: "https://news-pravda.com/world/2025/08/18/1610652.html",
    outlet: "News-Pravda",
    date: "2025-08-18",
    layout: "quote then an em dash and the speaker's surname",
    text: `“For a trilateral meeting, a ceasefire is necessary — we all believe so,” — Macron
Macron stated that the main security guarantee for Ukraine is a strong Ukrainian army
He also said that Europe itself needs guarantees.`,
    quotes: [{ text: "For a trilateral meeting, a ceasefire is necessary — we all believe so", speaker: "Emmanuel Macron" }],
  }),
  article({
    id: "ra27-pa-starmer-tough-decisions",
    split: "dev",
    url: "https://malaysia.news.yahoo.com/starmer-says-tough-decisions-taken-133509628.html",
    outlet: "PA Media (Yahoo)",
    date: "2024-07-06",
    layout: "“the Prime Minister told journalists:” role noun; quote paragraphs reopened",
    text: `Starmer says ‘tough decisions’ will have to be taken when quizzed about tax

Sir Keir Starmer has said he will have to take “tough decisions” when asked about tax hikes as he vowed to approach challenges with a “raw honesty”.

Asked on Saturday whether he would be willing to raise levies to fund public services, the Prime Minister told journalists: “In relation to the tough decisions, we’re going to have to take them and take them early. And we will do that with a raw honesty.

“But that is not a sort of prelude to saying there’s some tax decision that we didn’t speak about before that we’re going to announce now.

“It’s about the tough decisions to fix the problem and being honest about what they are.”`,
    quotes: [
      { text: "tough decisions", speaker: "Keir Starmer", optional: true },
      { text: "raw honesty", speaker: "Keir Starmer", optional: true },
      {
        text: "In relation to the tough decisions, we’re going to have to take them and take them early. And we will do that with a raw honesty. But that is not a sort of prelude to saying there’s some tax decision that we didn’t speak about before that we’re going to announce now. It’s about the tough decisions to fix the problem and being honest about what they are.",
        speaker: "Keir Starmer",
      },
    ],
  }),
  article({
    id: "ra28-pa-starmer-mandate",
    split: "test",
    url: "https://uk.news.yahoo.com/starmer-says-clear-mandate-govern-130345454.html",
    outlet: "PA Media (Yahoo)",
    date: "2024-07-06",
    layout: "“Sir Keir said” before a quote; “the Prime Minister said when”",
    text: `Sir Keir Starmer said the landslide victory in the General Election has given Labour “a clear mandate to govern for all four corners of the United Kingdom”.

After sweeping to a historic victory at the polls, Sir Keir said his party had received “a mandate to do politics differently”. “This will be a politics and a Government that is about delivery, is about service. Self-interest is yesterday’s politics.”

Answering questions from journalists, Sir Keir said: “I am restless for change and I think and hope that what you’ve already seen demonstrates that.”

“The thing that’s changed already is the mindset of the Government,” the Prime Minister said.`,
    quotes: [
      { text: "a clear mandate to govern for all four corners of the United Kingdom", speaker: "Keir Starmer" },
      { text: "a mandate to do politics differently", speaker: "Keir Starmer" },
      { text: "This will be a politics and a Government that is about delivery, is about service. Self-interest is yesterday’s politics.", speaker: "Keir Starmer" },
      { text: "I am restless for change and I think and hope that what you’ve already seen demonstrates that.", speaker: "Keir Starmer" },
      { text: "The thing that’s changed already is the mindset of the Government", speaker: "Keir Starmer" },
    ],
  }),
  article({
    id: "ra29-standard-starmer-rwanda",
    split: "dev",
    url: "https://standard.co.uk/news/politics/general-election-result-keir-starmer-labour-cabinet-rwanda-rishi-sunak-nigel-farage-b1169116.html?page=2",
    outlet: "Evening Standard",
    date: "2024-07-06",
    layout: "“Speaking to the media …, the Prime Minster said:” (misspelt role), paragraphs reopened",
    text: `Starmer calls Rwanda scheme a 'gimmick'
Sir Keir Starmer labelled the previous government’s Rwanda scheme a “gimmick” which was “dead and buried before it started”.
Speaking to the media in Downing Street, the Prime Minster said: “The Rwanda scheme was dead and buried before it started. It’s never been a deterrent.
“Look at the numbers that have come over in the first six and a bit months of this year, they are record numbers, that is the problem that we are inheriting.”`,
    quotes: [
      { text: "gimmick", speaker: "Keir Starmer", optional: true },
      { text: "dead and buried before it started", speaker: "Keir Starmer", optional: true },
      {
        text: "The Rwanda scheme was dead and buried before it started. It’s never been a deterrent. Look at the numbers that have come over in the first six and a bit months of this year, they are record numbers, that is the problem that we are inheriting.",
        speaker: "Keir Starmer",
      },
    ],
  }),
  article({
    id: "ra30-labourlist-starmer",
    split: "test",
    url: "https://labourlist.org/2024/07/keir-starmer-press-conference-news-speech-watch-live-cabinet/",
    outlet: "LabourList",
    date: "2024-07-06",
    layout: "“Keir Starmer has said … will be a test”; “He said:” after a paragraph",
    text: `Keir Starmer has said “country first, party second” will be a test for all decisions in his first news conference as Prime Minister today.

On a question about whether he will back the NHS chief executive Amanda Pritchard, Starmer said that the situation in the health service is not a reflection on her but on the “failure of leadership of the last government”.

He said: “Our job now is not just to say who broke it – the last government – but to get on and start to fix it.”`,
    quotes: [
      { text: "country first, party second", speaker: "Keir Starmer", optional: true },
      { text: "failure of leadership of the last government", speaker: "Keir Starmer" },
      { text: "Our job now is not just to say who broke it – the last government – but to get on and start to fix it.", speaker: "Keir Starmer" },
    ],
  }),
  article({
    id: "ra31-reach-starmer-press-conference",
    split: "dev",
    url: "https://uk.news.yahoo.com/sir-keir-starmer-lays-plans-125318717.html",
    outlet: "Reach (Yahoo)",
    date: "2024-07-06",
    layout: "“The Prime Minister told the press conference in Downing Street:”",
    text: `Prime Minister Sir Keir Starmer said the landslide victory in the General Election gave Labour “a clear mandate to govern in all four corners of the United Kingdom”. He said would be visiting all four UK nations.

The Prime Minister told the press conference in Downing Street: “For the first time in 20 plus years we have a majority in England, in Scotland and in Wales and that is a clear mandate to govern for all four corners of the United Kingdom and therefore I shall set off tomorrow to be in all four nations.”`,
    quotes: [
      { text: "a clear mandate to govern in all four corners of the United Kingdom", speaker: "Keir Starmer" },
      { text: "For the first time in 20 plus years we have a majority in England, in Scotland and in Wales and that is a clear mandate to govern for all four corners of the United Kingdom and therefore I shall set off tomorrow to be in all four nations.", speaker: "Keir Starmer" },
    ],
  }),
  article({
    id: "ra32-pixelpress-joint-statement",
    split: "test",
    url: "https://pixelpressnews.com/en-de/category/agenda/merz-macron-starmer-and-tusk-in-ukraine:-increase-pressure-on-aggressor-russia-and-kremlin-dictator-putin-893921",
    outlet: "Pixel Press News",
    date: "2025-05-10",
    layout: "a joint statement quoted: “the text reads”; no single speaker",
    text: `On the train to Kyiv: Merz, Macron and Starmer advocate for a 30-day ceasefire
The night before, the quartet issued a statement calling for a 30-day ceasefire.
"We reaffirm our support for President Trump's calls for a peace agreement and call on Russia to stop obstructing efforts toward a lasting peace," the text reads. "Together with the United States, we call on Russia to agree to a complete and unconditional 30-day ceasefire to create space for talks on a just and lasting peace."`,
    quotes: [
      { text: "We reaffirm our support for President Trump's calls for a peace agreement and call on Russia to stop obstructing efforts toward a lasting peace", speaker: null },
      { text: "Together with the United States, we call on Russia to agree to a complete and unconditional 30-day ceasefire to create space for talks on a just and lasting peace.", speaker: null },
    ],
  }),
];
