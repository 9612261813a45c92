// A third set of real texts for the dev split, found after the rules of the first steps were
// written: news-agency and broadcaster copy in other shapes (a digest of named speakers under
// headings, wire briefs, «guillemets», a noon-briefing paragraph naming the speaker by role only,
// partial quotes and scare quotes around reported speech) and official transcripts in layouts the
// corpus lacked (a heading that gives only the minister's role, “Prime Minister:” on its own line
// under a by-line, “Q” without a colon, a statement whose speaker stands in lines above the title,
// a journalist's turn labelled with their own name, role and name in capitals). Annotated by hand
// before they were run through the extraction.
import type { RealArticle, RealTranscript } from "./types";

const article = (a: Omit<RealArticle, "kind">): RealArticle => ({ kind: "article", ...a });
const transcript = (t: Omit<RealTranscript, "kind">): RealTranscript => ({ kind: "transcript", ...t });

export const moreDevArticles: RealArticle[] = [
  article({
    id: "ra40-worldmarkets-politicians-talk",
    split: "dev",
    url: "https://worldmarketsdaily.com/2022/04/18/politicians-talk-monday-18-04-2022/",
    outlet: "World Markets Daily",
    date: "2022-04-18",
    layout: "digest: a heading “Name – role” over each speaker's paragraph; surname only in the paragraph; partial quotes",
    text: `Politicians Talk – Monday 18/04/2022

Greg Hands – British Business, Energy and Clean Growth State Minister

UK Prime Minister Boris Johnson will present the House of Commons with “his version of events” in relation to the so-called partygate scandal this week, Hands told Sky News on Monday. “Parliament returns tomorrow and the Prime Minister will have his say in Parliament, and will outline his version of events and face questions from MPs [members of the parliament],” Hands stated.

Ibrahim Kalin – Turkish presidential spokesperson

During a meeting with the US delegation in Istanbul, Kalin stated that the negotiation process between Russia and Ukraine has been “difficult” recently. Commenting on the ongoing crisis in Ukraine he said that “we are entering a new era, the cold war, we must prepare for its future effects. We must prepare for food, energy, cyber security and many other issues.”

Dmitry Peskov – Kremlin spokesperson

Peskov said on Monday that it is “unlikely” that Russia will publish a list of countries agreeing to pay for Russian gas in rubles. He repeated that “there is still some time” for other states to comply.

Cha Duck-chul – South Korean Unification Ministry’s acting spokesperson

“North Korea should immediately halt activities that create tensions on the Korean Peninsula and lead to instability in the regional political situation,” the South Korean Unification Ministry’s acting spokesperson Cha Duck-chul stated on Monday.

Ebrahim Raisi – Iranian President

Iranian President Ebrahim Raisi said on Monday that if Israel makes “the smallest move” against the Islamic Republic, Tehran’s military will set the “center of Israel” as its “destination.”`,
    quotes: [
      { text: "his version of events", speaker: "Greg Hands", optional: true },
      {
        text: "Parliament returns tomorrow and the Prime Minister will have his say in Parliament, and will outline his version of events and face questions from MPs [members of the parliament],",
        speaker: "Greg Hands",
      },
      { text: "difficult", speaker: "Ibrahim Kalin", optional: true },
      {
        text: "we are entering a new era, the cold war, we must prepare for its future effects. We must prepare for food, energy, cyber security and many other issues.",
        speaker: "Ibrahim Kalin",
      },
      { text: "unlikely", speaker: "Dmitry Peskov", optional: true },
      { text: "there is still some time", speaker: "Dmitry Peskov", optional: true },
      {
        text: "North Korea should immediately halt activities that create tensions on the Korean Peninsula and lead to instability in the regional political situation,",
        speaker: "Cha Duck-chul",
      },
      { text: "the smallest move", speaker: "Ebrahim Raisi", optional: true },
      { text: "center of Israel", speaker: "Ebrahim Raisi", optional: true },
      { text: "destination.", speaker: "Ebrahim Raisi", optional: true },
    ],
  }),
  article({
    id: "ra41-reuters-briefs-mao-dixon",
    split: "dev",
    url: "https://dirs.info/find/mix/11?q=%22The+Foreign+Ministry%22",
    outlet: "Reuters (wire briefs)",
    date: "2023-04-04",
    layout: "wire briefs with datelines, straight quotes, “spokesperson X said at …”, “the Post's bureau chief X said”, a scare quote",
    text: `BEIJING, April 4 (Reuters) - China has made it clear that the unmanned civilian airship that flew over U.S. terriory was an unexpected and isolated event, the foreign ministry said on Tuesday. "China rejects distortion and hyping up of this incident," spokesperson Mao Ning said at a press briefing when answering a question on the Pentagon saying that it could not confirm China collected real-time data from the balloon earlier this year. Reporting by Laurie Chen; Writing by Bernard Orr; Editing by Andrew Heavens
March 30 (Reuters) - Evan Gershkovich, a correspondent for the Wall Street Journal arrested in Russia on espionage charges, is a 31-year-old American who has reported on Russia for various outlets for six years. "Evan Gershkovich is a highly respected, excellent journalist, detained by Russia for doing his job," the Washington Post's Moscow bureau chief Robyn Dixon said.
OSLO, March 29 (Reuters) - Sweden's foreign ministry said on Wednesday it will summon Russia's Stockholm ambassador to complain about an "attempt at interference" with the Swedish NATO application process.`,
    quotes: [
      { text: "China rejects distortion and hyping up of this incident,", speaker: "Mao Ning" },
      { text: "Evan Gershkovich is a highly respected, excellent journalist, detained by Russia for doing his job,", speaker: "Robyn Dixon" },
      { text: "attempt at interference", speaker: null, optional: true },
    ],
  }),
  article({
    id: "ra42-topnews-ministers",
    split: "dev",
    url: "http://topnewsnow.net/tag/minister/",
    outlet: "Top News Now (RT digests)",
    date: "2018-08-28",
    layout: "tag page of teasers: headline then a paragraph each, “the Russian Defense Minister X said”, “X told Bild”, single-quoted headline quotes, cut-off teasers",
    text: `Russia to hold biggest military drills since Soviet times – Defense Minister

Russia is preparing to hold the largest military exercises in decades. The drills, in which China and Mongolia will participate as well, will be of an “unprecedented” scale, the Russian Defense Minister Sergey Shoigu said.

Russia to tighten adoption rules, lower limit on adopted kids for each family – minister

The Russian education minister has revealed plans to introduce tougher psychological tests for prospective adoptive parents, and lower the limit on adopted kids for each family with a view to preventing tragic incidents. “We are drafting into the parliament a motion that brings down the number of children that one family can adopt or take under guardianship,” Olga Vasilieva said ...

US can’t force trade rules on others, Germany must invest more in Iran – economy minister

Washington cannot dictate trade rules to others, Germany’s economy minister said, adding that his country should be more assertive and defy American sanctions – particularly by investing more in Iran. “We don’t let Washington dictate [their will] on trade relations with other countries,” German Economy Minister Peter Altmaier told Bild newspaper on Saturday. He said the US sanctions on Iran ...

‘Ask your grandads’: Russian defense minister warns Germany against ‘strength & unity’ strategy

The Russian defense minister has reminded his German counterpart that approaching Moscow from a “position of unity and strength” is not the wisest idea, citing the bitter history of WWII that should’ve made Berlin more prudent. “We are open for dialogue. We are ready for a normal cooperation, but not at all from a position of strength,” Sergey Shoigu told ...`,
    quotes: [
      { text: "unprecedented", speaker: "Sergey Shoigu", optional: true },
      {
        text: "We are drafting into the parliament a motion that brings down the number of children that one family can adopt or take under guardianship,",
        speaker: "Olga Vasilieva",
      },
      { text: "We don’t let Washington dictate [their will] on trade relations with other countries,", speaker: "Peter Altmaier" },
      { text: "Ask your grandads", speaker: "Sergey Shoigu", optional: true },
      { text: "strength & unity", speaker: null, optional: true },
      { text: "position of unity and strength", speaker: "Sergey Shoigu", optional: true },
      { text: "We are open for dialogue. We are ready for a normal cooperation, but not at all from a position of strength,", speaker: "Sergey Shoigu" },
    ],
  }),
  article({
    id: "ra43-sputnik-peskov-iran",
    split: "dev",
    url: "https://sputnikglobe.com/20240909/kremlin-on-reports-of-iran-allegedly-supplying-missiles-such-information-not-always-true-1120084126.html",
    outlet: "Sputnik",
    date: "2024-09-09",
    layout: "paraphrase lead, then the quotation as a paragraph of its own ending “X told reporters”; a second item under a headline",
    text: `MOSCOW (Sputnik) - Kremlin spokesman Dmitry Peskov said on Monday, commenting on reports that Iran is allegedly supplying missiles, that such information not always corresponds to reality.
On Monday, CNN reported, citing sources, that Iran allegedly transferred short-range ballistic missiles to Russia for use in special military operation in Ukraine.
"We have seen these reports, not every time such information corresponds to reality. Iran is our important partner, we are developing our trade and economic relations, we are developing our cooperation and dialogue in all possible areas, including the most sensitive areas. And we will continue to do this in the interests of the peoples of our two countries," Peskov told reporters.
Vladimir Putin May Meet WIth BRICS High-Profile Envoys, Discuss Security
A meeting between Russian President Vladimir Putin and representatives of the BRICS countries on security issues is not ruled out, Kremlin spokesman Dmitry Peskov said on Monday.
"Indeed, he [the adviser to the prime minister of India] will be part of the group of high-level representatives of the BRICS states in charge of security issues, who will hold their meeting. This is all happening within the framework of the Russia's chairmanship of BRICS. And we do not rule out a meeting between the president and the participants of this event. We will inform you additionally," Peskov told reporters.`,
    quotes: [
      {
        text: "We have seen these reports, not every time such information corresponds to reality. Iran is our important partner, we are developing our trade and economic relations, we are developing our cooperation and dialogue in all possible areas, including the most sensitive areas. And we will continue to do this in the interests of the peoples of our two countries,",
        speaker: "Dmitry Peskov",
      },
      {
        text: "Indeed, he [the adviser to the prime minister of India] will be part of the group of high-level representatives of the BRICS states in charge of security issues, who will hold their meeting. This is all happening within the framework of the Russia's chairmanship of BRICS. And we do not rule out a meeting between the president and the participants of this event. We will inform you additionally,",
        speaker: "Dmitry Peskov",
      },
    ],
  }),
  article({
    id: "ra44-protothema-peskov-iran",
    split: "dev",
    url: "https://en.protothema.gr/?p=775516",
    outlet: "Proto Thema",
    date: "2026-03-04",
    layout: "“he added” after a quote naming another person, scare quotes, partial quotes before “X further said”, “he clarified” a paragraph later",
    text: `The Kremlin is in constant contact with the Iranian leadership and Moscow is ready to contribute to the return to peace and stability in the region, the Kremlin said today.
“Here I can only say that we are in constant contact with the Iranian side and with the Iranian leadership,” Kremlin spokesman Dmitry Peskov told reporters.
“As President Vladimir Putin has said, Russia is always ready to do everything it can to restore peace and stability in the region,” he added.
Putin and Foreign Minister Sergey Lavrov have held talks with their Iranian counterparts in recent days, while the Russian president also had a phone call with U.S. President Donald Trump on Monday.
Regarding the war in Ukraine, the Kremlin announced that British experts were involved in the killing Ukrainian strike on Russia’s Bryansk city of Bryansk using British Storm Shadow missiles (British-French-made long-range cruise missiles).
Peskov added that the “special military operation,” as Moscow calls it, would continue to prevent such “barbaric” attacks.
At least six people died and 37 were wounded in the attack in Bryansk yesterday, Tuesday.
The significant outages and internet problems experienced in Russia in recent days will continue “for as long as necessary” to ensure “the security of citizens” against Ukrainian threats, Peskov further said.
“The Kiev regime is using increasingly sophisticated methods for its attacks and technological countermeasures are necessary to ensure the security of citizens,” he clarified.
According to Peskov, the next round of trilateral talks on Ukraine will likely take place in Istanbul, but there are no concrete details yet, only the understanding that the peace process will continue.`,
    quotes: [
      { text: "Here I can only say that we are in constant contact with the Iranian side and with the Iranian leadership,", speaker: "Dmitry Peskov" },
      {
        text: "As President Vladimir Putin has said, Russia is always ready to do everything it can to restore peace and stability in the region,",
        speaker: "Dmitry Peskov",
      },
      { text: "special military operation,", speaker: null, optional: true },
      { text: "barbaric", speaker: "Dmitry Peskov", optional: true },
      { text: "for as long as necessary", speaker: "Dmitry Peskov", optional: true },
      { text: "the security of citizens", speaker: "Dmitry Peskov", optional: true },
      {
        text: "The Kiev regime is using increasingly sophisticated methods for its attacks and technological countermeasures are necessary to ensure the security of citizens,",
        speaker: "Dmitry Peskov",
      },
    ],
  }),
  article({
    id: "ra45-newstube-juncker-farewell",
    split: "dev",
    url: "https://www.newstube.ru/media/belgium-jean-claude-juncker-bids-farewell-at-final-news-conference",
    outlet: "Newstube (Ruptly)",
    date: "2019-11-29",
    layout: "«guillemets» in one long paragraph, “said Juncker”, “he added”, “finished Juncker”, a single-quoted term (a site's “more” link word removed)",
    text: `Belgium: Jean-Claude Juncker bids farewell at final news conference

Jean-Claude Juncker held his last press conference as the President of the European Commission, in Brussels on Friday. «It's the last time I have the pleasure, the honour, to address this forum, and I wanted to do that. I'm not a man who likes to go somewhere else than where he is, because I love those I was working with together deeply, and the press is part of that. Not at the very same... intensity, I have to say. But nevertheless, I wanted to address you a very last time,» said Juncker. «Not to thank you. Because, this is a mode, and a mood, and a way of expression and respect which is not the one it should exist between policymakers and the press. The press people, the journalists, are not allies, they are not slaves. They are there. So I wanted to have my last appearance, I have to say, in Brussels, in this press room,» he added. Juncker said that he regretted that the 'Spitzkandidaten' system that led him to taking the post five years ago was not upheld. «It is nonetheless a regret of mine because this was a small step forward in terms of democracy. And it was done away with for reasons which were a little bit obscure. And, actually, I'm hungry. I'm hungry. Bye-bye,» finished Juncker, prompting another round of applause and laughter. Ursula von der Leyen, the former German Minister of Defence and deputy-leader of the German Christian Democratic Union (CDU), is taking over Juncker's post.`,
    quotes: [
      {
        text: "It's the last time I have the pleasure, the honour, to address this forum, and I wanted to do that. I'm not a man who likes to go somewhere else than where he is, because I love those I was working with together deeply, and the press is part of that. Not at the very same... intensity, I have to say. But nevertheless, I wanted to address you a very last time,",
        speaker: "Jean-Claude Juncker",
      },
      {
        text: "Not to thank you. Because, this is a mode, and a mood, and a way of expression and respect which is not the one it should exist between policymakers and the press. The press people, the journalists, are not allies, they are not slaves. They are there. So I wanted to have my last appearance, I have to say, in Brussels, in this press room,",
        speaker: "Jean-Claude Juncker",
      },
      { text: "Spitzkandidaten", speaker: null, optional: true },
      {
        text: "It is nonetheless a regret of mine because this was a small step forward in terms of democracy. And it was done away with for reasons which were a little bit obscure. And, actually, I'm hungry. I'm hungry. Bye-bye,",
        speaker: "Jean-Claude Juncker",
      },
    ],
  }),
  article({
    id: "ra46-un-noon-ban-budget",
    split: "dev",
    url: "https://www.un.org/press/en/2007/db071025.doc.htm",
    outlet: "United Nations (noon briefing)",
    date: "2007-10-25",
    layout: "the speaker named only by his role (“The Secretary-General told the Fifth Committee, “…””), “He noted”, a scare quote; two spaces after full stops",
    text: `**Secretary-General on Budget

The Secretary-General today presented the proposed programme budget for the UN’s work during 2008 and 2009 to the General Assembly, and told them that the $4.2 billion budget represents real growth of $23 million over the previous biennium, or half a percentage point.  He said that the proposals reflect strict budgetary discipline, balancing growth in some areas with reallocation in others.

The Secretary-General told the Fifth Committee, “Never has the world so needed a strong United Nations.  Yet never have our resources been stretched so thin.”

He noted that, last year, the Department of Peacekeeping Operations was reorganized, the better to execute on our peacekeeping mandates.  This year we will turn to the Department of Political Affairs, with a new emphasis on anticipating crises and proactive preventive diplomacy.

Development cannot take a back seat to peace and security, the Secretary-General added.  This is the year to think freshly about the problems of the poorest of the world’s poor —- the “bottom billion” left behind by world economic growth.`,
    quotes: [
      { text: "Never has the world so needed a strong United Nations.  Yet never have our resources been stretched so thin.", speaker: "Ban Ki-moon" },
      { text: "bottom billion", speaker: null, optional: true },
    ],
  }),
  article({
    id: "ra47-sputnik-stoltenberg-tensions",
    split: "dev",
    url: "https://sputnikglobe.com/20160609/russia-nato-stoltenberg-1041071849.html",
    outlet: "Sputnik",
    date: "2016-06-09",
    layout: "another leader named first in the sentence before (“with Dutch Prime Minister Mark Rutte, Stoltenberg reminded …”), a partial quote with an editorial insertion, an ellipsis inside the quote",
    text: `Speaking at a press conference with Dutch Prime Minister Mark Rutte, Stoltenberg reminded that defense spending went down following the end of the Cold War as "tensions [were] going down."
"Tensions are going up, we are living in a more dangerous world, we see a more assertive Russia to the east and we see all the turmoil and the violence to the south… It’s OK to reduce [spending] when tensions are going down as long as we’re able to increase defense spending when tensions are going up, and that’s what I expect NATO allies to do," Stoltenberg said.
The alliance has been reinforcing its military presence in Europe, particularly in Eastern European states, since the outbreak of the Ukrainian crisis, citing Russia's alleged interference in that conflict as justification for the move. Moscow has repeatedly denied the accusations, calling NATO's military buildup near Russia’s borders provocative.`,
    quotes: [
      { text: "tensions [were] going down.", speaker: "Jens Stoltenberg", optional: true },
      {
        text: "Tensions are going up, we are living in a more dangerous world, we see a more assertive Russia to the east and we see all the turmoil and the violence to the south… It’s OK to reduce [spending] when tensions are going down as long as we’re able to increase defense spending when tensions are going up, and that’s what I expect NATO allies to do,",
        speaker: "Jens Stoltenberg",
      },
    ],
  }),
];

const DENDIAS = "Nikos Dendias";
const BROWN = "Gordon Brown";
const EARNEST = "Josh Earnest";
const BARROSO = "José Manuel Barroso";
const BLINKEN = "Antony Blinken";
const PUTIN = "Vladimir Putin";

export const moreDevTranscripts: RealTranscript[] = [
  transcript({
    id: "rt40-greece-dendias-niamey",
    split: "dev",
    url: "https://africanewswire.za.com/minister-of-foreign-affairs-nikos-dendias-statement-to-journalists-following-his-meeting-with-the-president-of-niger-mohamed-bazoum-niamey-02-11-2022",
    outlet: "Greek Ministry of Foreign Affairs (via Africa Newswire)",
    date: "2022-11-02",
    layout: "statement by the minister named in the heading, then “Question:” and the answer under “Minister of Foreign Affairs:” on its own line",
    text: `Minister of Foreign Affairs Nikos Dendias statement to journalists following his meeting with the President of Niger Mohamed Bazoum (Niamey, 02.11.2022)

I am particularly happy today to be in Niger, marking the first-ever visit of a Greek Minister to the country. I had the honour of being received by the country’s President, Mohamed Bazoum, and immediately afterwards, I will have extensive talks with my counterpart, Foreign Minister Hassoumi Massoudou.
We will sign two agreements between our countries.
Niger is a country of paramount importance to the EU, to the EU’s security. It is a democratic country that plays an extremely positive role in addressing the security challenges and terrorism in the region.
Aside from that, it is a major uranium producer, it is a country with which both the EU and Greece must engage, understand its challenges and help maintain its security.
Question: Minister, your Turkish counterpart, Mr. Çavuşoğlu made new provocative statements today, claiming that Greece has lost its senses and that Turkey will not allow anyone to keep it trapped in its coastline. What is your comment on that?
Minister of Foreign Affairs:
I understand Turkey’s frustration; the United Nations’ and the State Department’s latest statements regarding the Turkish “memorandum” and its validity have obviously caused intense nervousness on the Turkish side.
Thank you.`,
    sentences: [
      { text: "I am particularly happy today to be in Niger, marking the first-ever visit of a Greek Minister to the country.", speaker: DENDIAS },
      {
        text: "I had the honour of being received by the country’s President, Mohamed Bazoum, and immediately afterwards, I will have extensive talks with my counterpart, Foreign Minister Hassoumi Massoudou.",
        speaker: DENDIAS,
      },
      { text: "We will sign two agreements between our countries.", speaker: DENDIAS },
      { text: "Niger is a country of paramount importance to the EU, to the EU’s security.", speaker: DENDIAS },
      {
        text: "It is a democratic country that plays an extremely positive role in addressing the security challenges and terrorism in the region.",
        speaker: DENDIAS,
      },
      {
        text: "Aside from that, it is a major uranium producer, it is a country with which both the EU and Greece must engage, understand its challenges and help maintain its security.",
        speaker: DENDIAS,
      },
      {
        text: "I understand Turkey’s frustration; the United Nations’ and the State Department’s latest statements regarding the Turkish “memorandum” and its validity have obviously caused intense nervousness on the Turkish side.",
        speaker: DENDIAS,
      },
      { text: "Thank you.", speaker: DENDIAS, optional: true },
    ],
  }),
  transcript({
    id: "rt41-infodaily-brown-press-conference",
    split: "dev",
    url: "http://www.theinformationdaily.com/2007/10/08/prime-minister-gordon-browns-press-conference",
    outlet: "The Information Daily",
    date: "2007-10-08",
    layout: "heading “Prime Minister X's Press Conference”, a by-line “By:” and “Published:” lines, then “Prime Minister:” on its own line",
    text: `Prime Minister Gordon Brown's Press Conference

By: Information Daily Staff Writer
Published: Monday, October 8, 2007 - 14:17 GMT

Prime Minister:

Good morning. Thank you very much for joining me today.

We held the first meeting of our Cabinet following the Summer recess and I welcomed them all back from their holidays.

In addition to Iraq and Afghanistan, we discussed today the flooding and how we are responding in every community to the needs of these communities, particularly to get their schools back up and running as well as to repair their homes. We discussed Foot and Mouth and the response of the government and we will be reporting later this week on the different reviews that we set up to investigate what has happened and I will be talking to the farming community later today.`,
    sentences: [
      { text: "Good morning.", speaker: BROWN, optional: true },
      { text: "Thank you very much for joining me today.", speaker: BROWN, optional: true },
      {
        text: "We held the first meeting of our Cabinet following the Summer recess and I welcomed them all back from their holidays.",
        speaker: BROWN,
      },
      {
        text: "In addition to Iraq and Afghanistan, we discussed today the flooding and how we are responding in every community to the needs of these communities, particularly to get their schools back up and running as well as to repair their homes.",
        speaker: BROWN,
      },
      {
        text: "We discussed Foot and Mouth and the response of the government and we will be reporting later this week on the different reviews that we set up to investigate what has happened and I will be talking to the farming community later today.",
        speaker: BROWN,
      },
    ],
  }),
  transcript({
    id: "rt42-whitehouse-earnest-final",
    split: "dev",
    url: "https://historymusings.wordpress.com/category/political-news-topics/white-house/",
    outlet: "The White House (reposted)",
    date: "2017-01-17",
    layout: "“MR. EARNEST:” with two spaces, “Q    Thank you.” (no colon), a turn cut by a dash, a room and time line",
    text: `Press Briefing by Press Secretary Josh Earnest, 1/17/17

James S. Brady Press Briefing Room

12:15 P.M. EST

MR. EARNEST:  Good afternoon, everybody.  I don’t actually have any announcements at the top, but —

Q    Thank you.  (Laughter.)

MR. EARNEST:  But because today marks my last briefing, I hope you’ll indulge me a couple of personal thoughts before I go to your questions.

As I prepared to stand here at this podium for the last time, I thought a lot about the first time.  It was 16 years ago this week.  It was January, 2001.  I had just moved to Washington, D.C., and I got on a West Wing tour with a friend of a friend.`,
    sentences: [
      { text: "Good afternoon, everybody.", speaker: EARNEST, optional: true },
      { text: "I don’t actually have any announcements at the top, but —", speaker: EARNEST },
      {
        text: "But because today marks my last briefing, I hope you’ll indulge me a couple of personal thoughts before I go to your questions.",
        speaker: EARNEST,
      },
      { text: "As I prepared to stand here at this podium for the last time, I thought a lot about the first time.", speaker: EARNEST },
      { text: "It was 16 years ago this week.", speaker: EARNEST },
      { text: "It was January, 2001.", speaker: EARNEST },
      { text: "I had just moved to Washington, D.C., and I got on a West Wing tour with a friend of a friend.", speaker: EARNEST },
    ],
  }),
  transcript({
    id: "rt43-europa-barroso-summit",
    split: "dev",
    url: "http://europa.eu/rapid/press-release_SPEECH-09-548_en.htm?locale=EN",
    outlet: "European Commission",
    date: "2009-11-19",
    layout: "reference number, the speaker's name and role on lines of their own above the title “Statement of President X at …”, place and date line (a PDF's broken spacing in the name repaired)",
    text: `SPEECH/09/548

José Manuel Durão Barroso

President of the European Commission

Statement of President Barroso at the press conference following the European Council extraordinary Summit

European Council extraordinary Summit

Brussels, 19 November 2009

First of all, thank you very much. First of all my congratulations go to Fredrik Reinfeldt, because as know, some days ago there was a lot of speculation on how difficult it would be, and in fact it was a decision by consensus and that was possible also because of the great leadership provided to the Council by Fredrik Reinfeldt.

I also wanted to tell you how happy I am with this selection of leaders in our Union for the Future. The first President of the Council, the first High Representative / Vice President of the Commission with the new Treaty, the Lisbon Treaty. I warmly congratulate Herman Van Rompuy and Cathy Ashton. I think it would be impossible to have a better choice of personalities for the European Union leadership.`,
    sentences: [
      { text: "First of all, thank you very much.", speaker: BARROSO, optional: true },
      {
        text: "First of all my congratulations go to Fredrik Reinfeldt, because as know, some days ago there was a lot of speculation on how difficult it would be, and in fact it was a decision by consensus and that was possible also because of the great leadership provided to the Council by Fredrik Reinfeldt.",
        speaker: BARROSO,
      },
      { text: "I also wanted to tell you how happy I am with this selection of leaders in our Union for the Future.", speaker: BARROSO },
      {
        text: "The first President of the Council, the first High Representative / Vice President of the Commission with the new Treaty, the Lisbon Treaty.",
        speaker: BARROSO,
      },
      { text: "I warmly congratulate Herman Van Rompuy and Cathy Ashton.", speaker: BARROSO },
      { text: "I think it would be impossible to have a better choice of personalities for the European Union leadership.", speaker: BARROSO },
    ],
  }),
  transcript({
    id: "rt44-state-blinken-availability",
    split: "dev",
    url: "https://www.miragenews.com/blinken-addresses-media-at-press-availability-1066038",
    outlet: "U.S. Department of State (via Mirage News)",
    date: "2023-08-16",
    layout: "a news site's headline naming the speaker by surname, “SECRETARY BLINKEN:”, two “QUESTION:” turns in a row, the answer running on in a paragraph without a label",
    text: `Blinken Addresses Media at Press Availability

Department of State

SECRETARY BLINKEN: Good morning. Good morning.

QUESTION: Good morning.

QUESTION: Well, barely morning. (Laughter.)

SECRETARY BLINKEN: Speak for yourself, Matt.

Very good to see everyone here. Actually, I kind of hoped more of you might be on vacation by now but - (laughter) - I see we have a pretty full house. And I think to some extent that reflects the fact that this has been an incredibly busy period, and I wanted to take a moment to speak about a few of the things that we're intensely focused on in this moment.

Let me start with this. On Friday, President Biden will host Japanese Prime Minister Kishida and South Korean President Yoon at Camp David to mark what we believe is a new area in trilateral cooperation among our countries.`,
    sentences: [
      { text: "Good morning.", speaker: BLINKEN, optional: true },
      { text: "Speak for yourself, Matt.", speaker: BLINKEN },
      { text: "Very good to see everyone here.", speaker: BLINKEN, optional: true },
      {
        text: "Actually, I kind of hoped more of you might be on vacation by now but - (laughter) - I see we have a pretty full house.",
        speaker: BLINKEN,
      },
      {
        text: "And I think to some extent that reflects the fact that this has been an incredibly busy period, and I wanted to take a moment to speak about a few of the things that we're intensely focused on in this moment.",
        speaker: BLINKEN,
      },
      { text: "Let me start with this.", speaker: BLINKEN },
      {
        text: "On Friday, President Biden will host Japanese Prime Minister Kishida and South Korean President Yoon at Camp David to mark what we believe is a new area in trilateral cooperation among our countries.",
        speaker: BLINKEN,
      },
    ],
  }),
  transcript({
    id: "rt45-state-blinken-mitchell",
    split: "dev",
    url: "https://usadailynews24.com/secretary-antony-j-blinken-with-andrea-mitchell-of-andrea-mitchell-reports-on-msnbc/",
    outlet: "U.S. Department of State (reposted)",
    date: "2023-07-11",
    layout: "television interview: heading “Secretary X With Y of Z”, “QUESTION:” and “SECRETARY BLINKEN:” with two spaces after the colon",
    text: `Secretary Antony J. Blinken With Andrea Mitchell of Andrea Mitchell Reports on MSNBC

QUESTION:  Mr. Secretary, thank you very much for doing this.  So Türkiye has relented; President Erdogan has agreed that Sweden can join NATO.  How many F-16s is he going to get for that?

SECRETARY BLINKEN:  Well, first, Andrea, we’re here in Vilnius and we have an Alliance that is stronger; it’s bigger, with two new members now, Sweden coming onboard after Finland; it’s more united than it’s ever been.  And I think you’ll see that reflected not only in Türkiye’s decision to move forward with NATO’s – with Sweden’s accession, but everything else is going to flow from the summit.

QUESTION:  Do you think now you can overcome resistance in both political parties in Congress to the F-16 sale to Türkiye?

SECRETARY BLINKEN:  Well, these for us have always been separate issues.`,
    sentences: [
      {
        text: "Well, first, Andrea, we’re here in Vilnius and we have an Alliance that is stronger; it’s bigger, with two new members now, Sweden coming onboard after Finland; it’s more united than it’s ever been.",
        speaker: BLINKEN,
      },
      {
        text: "And I think you’ll see that reflected not only in Türkiye’s decision to move forward with NATO’s – with Sweden’s accession, but everything else is going to flow from the summit.",
        speaker: BLINKEN,
      },
      { text: "Well, these for us have always been separate issues.", speaker: BLINKEN },
    ],
  }),
  transcript({
    id: "rt46-kremlin-putin-2006",
    split: "dev",
    url: "http://archive.kremlin.ru/eng/speeches/2006/01/31/0953_type82915type82917_100901.shtml",
    outlet: "President of Russia",
    date: "2006-01-31",
    layout: "“PRESIDENT OF RUSSIA VLADIMIR PUTIN:” role and name in capitals, title, date and place lines",
    text: `Transcript of the Press Conference for the Russian and Foreign Media

January 31, 2006

Circular Hall, The Kremlin, Moscow

PRESIDENT OF RUSSIA VLADIMIR PUTIN: Good afternoon dear ladies and gentlemen!

Thank you for the warm welcome. For my part, I would like to thank you all for the attention you have devoted to today's meeting. As far as I know, a record number of journalists have been accredited to cover today's event. I hope that it will prove useful for us all. In any case, I shall try to be as forthcoming as possible and answer all the questions that interest you.

It would seem natural to begin our meeting today with the Russian Federation's  economic results, with our perception of our social and economic policies in 2005 and what we have achieved in 2005.`,
    sentences: [
      { text: "Good afternoon dear ladies and gentlemen!", speaker: PUTIN, optional: true },
      { text: "Thank you for the warm welcome.", speaker: PUTIN, optional: true },
      { text: "For my part, I would like to thank you all for the attention you have devoted to today's meeting.", speaker: PUTIN },
      { text: "As far as I know, a record number of journalists have been accredited to cover today's event.", speaker: PUTIN },
      { text: "I hope that it will prove useful for us all.", speaker: PUTIN },
      { text: "In any case, I shall try to be as forthcoming as possible and answer all the questions that interest you.", speaker: PUTIN },
      {
        text: "It would seem natural to begin our meeting today with the Russian Federation's  economic results, with our perception of our social and economic policies in 2005 and what we have achieved in 2005.",
        speaker: PUTIN,
      },
    ],
  }),
  transcript({
    id: "rt47-mid-putin-2016-hodge",
    split: "dev",
    url: "http://www.norway.mid.ru/en/press_16_002.html",
    outlet: "Embassy of Russia in Norway",
    date: "2016-12-23",
    layout: "a journalist's turn labelled with his own name (“Nathan Hodge:”), asking; “Vladimir Putin:” answering; words run together as printed",
    text: `Vladimir Putin’s annual news conference

Moscow, December, 23, 2016

Nathan Hodge: Mr President,You made a statement yesterday on strengthening the strategic nuclear capability . Could you elaborate on these plans in greater detailOn a personal level, what interests me is the production of new kinds of nuclear weapons. We know of course how hard it is, since nuclear tests are banned. Perhaps you simply could not help but respond to Mr Trump’s statement yesterday on nuclear weapons?

Vladimir Putin: Regarding the US President-elect, Mr Trump, there is nothing new here. On the campaign trail he talked about the need to strengthen the US nuclear capability and armed forces. Sothereisnothingunusualhere.

Honestly, I was quite surprised by statements coming from other official representatives of the current administration, who for some reason started to argue that the United States has the most powerful army in the world. But nobody suggested otherwise .`,
    sentences: [
      { text: "Regarding the US President-elect, Mr Trump, there is nothing new here.", speaker: PUTIN },
      { text: "On the campaign trail he talked about the need to strengthen the US nuclear capability and armed forces.", speaker: PUTIN },
      { text: "Sothereisnothingunusualhere.", speaker: PUTIN, optional: true },
      {
        text: "Honestly, I was quite surprised by statements coming from other official representatives of the current administration, who for some reason started to argue that the United States has the most powerful army in the world.",
        speaker: PUTIN,
      },
      { text: "But nobody suggested otherwise .", speaker: PUTIN },
    ],
  }),
];

const CAMERON = "David Cameron";
const OBAMA = "Barack Obama";


export const moreDevArticles2: RealArticle[] = [
  article({
    id: "ra48-deneeanaya-obama-cameron",
    split: "dev",
    url: "http://www.deneeanaya.com/top-stories/president-obama-and-prime-minister-cameron-joint-press-conference",
    outlet: "Denee Anaya (blog)",
    date: "2012-03-14",
    layout: "quotations after “X stated” and “X said” with no colon or comma, “He also said that “…””, a partial quote, a role noun (“the president said that … “…””)",
    text: `This morning President Obama and United Kingdom Prime Minister David Cameron held a joint press conference at the White House. The two leaders addressed the global economy, Iran's nuclear program and the war in Afghanistan.
They also reiterated how strong the relationship is between the U.S. and the United Kingdom. President Obama stated "The alliance between our countries is a foundation, not only for the security and prosperity of our two nations, but for international peace and security as well. David shares my belief that, in a time of rapid change, the leadership of the United States and the United Kingdom is more important than ever. The future we seek is only possible if the rights and responsibilities of nations and people are upheld. And that’s a cause that we advanced today."
Prime Minister Cameron said "There are some countries whose alliance is a matter of convenience, but ours is a matter of conviction. Two states united for freedom and enterprise; working together, day in, day out, to defend those values and advance our shared interests." He also said that "the relationship between Britain and America is the strongest that it has ever been. And I believe that’s because we’re working together as closely as at any point in our history. And together, I’m confident that we can help secure the future of our nations and the world for generations to come."
President Obama stated that job growth is still the main focus, ensuring that the two nations will continue to explore ways to "increase transatlantic trade and investment."
Concerning Afghanistan, the president said that the U.S. and the United Kingdom are the two largest contributors of forces to the mission and that they have made extraordinary sacrifices. "The tragic events of recent days are a reminder that this continues to be a very difficult mission."`,
    quotes: [
      {
        text: "The alliance between our countries is a foundation, not only for the security and prosperity of our two nations, but for international peace and security as well. David shares my belief that, in a time of rapid change, the leadership of the United States and the United Kingdom is more important than ever. The future we seek is only possible if the rights and responsibilities of nations and people are upheld. And that’s a cause that we advanced today.",
        speaker: OBAMA,
      },
      {
        text: "There are some countries whose alliance is a matter of convenience, but ours is a matter of conviction. Two states united for freedom and enterprise; working together, day in, day out, to defend those values and advance our shared interests.",
        speaker: CAMERON,
      },
      {
        text: "the relationship between Britain and America is the strongest that it has ever been. And I believe that’s because we’re working together as closely as at any point in our history. And together, I’m confident that we can help secure the future of our nations and the world for generations to come.",
        speaker: CAMERON,
      },
      { text: "increase transatlantic trade and investment.", speaker: OBAMA, optional: true },
      { text: "The tragic events of recent days are a reminder that this continues to be a very difficult mission.", speaker: OBAMA },
    ],
  }),
  article({
    id: "ra49-trns-obama-cameron",
    split: "dev",
    url: "http://trns.squarespace.com/news/tag/prime-minister-david-cameron",
    outlet: "TRNS",
    date: "2010-07-20",
    layout: "“…,” Obama said.; “Prime Minister Cameron called it an “…””; a quote that two people said together; a quote whose attribution is the next sentence",
    text: `President Obama and Prime Minister David Cameron held a press conference today in the East Room of the White House.
The two leaders, addressing each other on first-name basis, stated that they had excellent discussions and that they still enjoy a truly special relationship.
“Our alliance thrives because it advances our common interest,” Obama said.
He continued to say that we have no closer ally and stronger partner than Great Britain. Prime Minister Cameron called it an “absolutely essential relationship.”
In terms of Israel and Palestine, Prime Minster Cameron refered to the situation as a desperate need for a two-state solution. He added that it is necessary for it to provide security, justice and hope.
“It is time for direct talks, not least because it is time for each, Israel and Palestine, to test the seriousness of the other,” Cameron said.`,
    quotes: [
      { text: "Our alliance thrives because it advances our common interest,", speaker: OBAMA },
      { text: "absolutely essential relationship.", speaker: CAMERON, optional: true },
      {
        text: "It is time for direct talks, not least because it is time for each, Israel and Palestine, to test the seriousness of the other,",
        speaker: CAMERON,
      },
    ],
  }),
  article({
    id: "ra50-slattery-quotes-of-the-week",
    split: "dev",
    url: "http://jonslattery.blogspot.com/2013/02/quotes-of-week-from-fleet-street-fox-to.html",
    outlet: "Jon Slattery (blog)",
    date: "2013-02-15",
    layout: "a digest: “Name, description, in the Outlet: “…”” with a colon and no speech verb; a nested single-quoted quotation",
    text: `Quotes of the Week: From Fleet Street Fox to how knowing Latin got a journalist a worldwide scoop

Susie Boniface (aka Fleet Street Fox) reveals herself in The Times [£]: "It’s funny, my real name, Susie Boniface, has been in papers for 18 years and Fleet Street Fox has been around for five minutes, but she’s better known than I am. Recently someone told me: 'Wow! You’re Fleet Street Fox! If anyone can be trusted, you can.' Very flattering, but it puts a dent in your self-esteem when your creation is more popular than you are."

Financial Times editor Lionel Barber interviewed in the Guardian:  "News now is not the newspaper, but papers still need a sense of timeliness and relevance, and also urgency – but you don't need to do that through publishing what happened incrementally at 11 o'clock last night in London."

Barack Obama, from the website celebating 125 years of the Financial Times: "I read the Financial Times before other people read the Financial Times. Now it’s trendy and everybody carries around a Financial Times."`,
    quotes: [
      {
        text: "It’s funny, my real name, Susie Boniface, has been in papers for 18 years and Fleet Street Fox has been around for five minutes, but she’s better known than I am. Recently someone told me: 'Wow! You’re Fleet Street Fox! If anyone can be trusted, you can.' Very flattering, but it puts a dent in your self-esteem when your creation is more popular than you are.",
        speaker: "Susie Boniface",
      },
      {
        text: "News now is not the newspaper, but papers still need a sense of timeliness and relevance, and also urgency – but you don't need to do that through publishing what happened incrementally at 11 o'clock last night in London.",
        speaker: "Lionel Barber",
      },
      {
        text: "I read the Financial Times before other people read the Financial Times. Now it’s trendy and everybody carries around a Financial Times.",
        speaker: OBAMA,
      },
      { text: "Wow! You’re Fleet Street Fox! If anyone can be trusted, you can.", speaker: null, optional: true },
    ],
  }),
  article({
    id: "ra51-wmn-things-they-say",
    split: "dev",
    url: "https://www.pressreader.com/uk/western-morning-news-saturday/20210109/282067689568001",
    outlet: "Western Morning News",
    date: "2021-01-09",
    layout: "a column of quotations, each followed on the next line by “– Name on …”; a nested single-quoted quotation; a scare quote in the attribution",
    text: `The things they say

■ “Let’s be clear, this is a national challenge on a scale like nothing we’ve seen before and it will require an unprecedented national effort”

– Boris Johnson on delivering Covid-19 vaccines.

■ “If you sneak into a hospital in an empty corridor at nine o’clock at night and film that particular corridor and then stick it up on social media and say ‘This proves the hospitals are empty, the whole thing is a hoax,’ you are not only responsible for potentially changing behaviour that will kill people, but it is an insult to the nurse coming home from 12 hours in critical care”

– NHS England chief executive Sir Simon Stevens.

■ “You cannot simply wish away friction and administration when you implement customs controls anywhere in the world,”

– Seamus Leheny, Northern Ireland policy manager for Logistics UK, says hauliers are being “overwhelmed” by post-Brexit paperwork.`,
    quotes: [
      {
        text: "Let’s be clear, this is a national challenge on a scale like nothing we’ve seen before and it will require an unprecedented national effort",
        speaker: "Boris Johnson",
      },
      {
        text: "If you sneak into a hospital in an empty corridor at nine o’clock at night and film that particular corridor and then stick it up on social media and say ‘This proves the hospitals are empty, the whole thing is a hoax,’ you are not only responsible for potentially changing behaviour that will kill people, but it is an insult to the nurse coming home from 12 hours in critical care",
        speaker: "Simon Stevens",
      },
      { text: "You cannot simply wish away friction and administration when you implement customs controls anywhere in the world,", speaker: "Seamus Leheny" },
      { text: "This proves the hospitals are empty, the whole thing is a hoax,", speaker: null, optional: true },
      { text: "overwhelmed", speaker: "Seamus Leheny", optional: true },
    ],
  }),
  article({
    id: "ra52-kiwiblog-clark",
    split: "dev",
    url: "https://www.kiwiblog.co.nz/2008/07/quote_of_the_day-2.html",
    outlet: "Kiwiblog",
    date: "2008-07-15",
    layout: "“Asked whether …, Clark said: “…””, then the blogger's own question naming the speaker by role",
    text: `Quote of the Day

From Colin Espiner:

Asked whether she planned to urge Peters to be straight with the public at her meeting today, Clark said: “I think there is such a long history of the nature of Mr Peters’ relations with the news media that that might be asking for a state of affairs that is not possible to achieve.”

Did the Prime Minister really just say that it is Impossible (not possible) for her Minister of Foreign Affairs to be straight with the public and the media?`,
    quotes: [
      {
        text: "I think there is such a long history of the nature of Mr Peters’ relations with the news media that that might be asking for a state of affairs that is not possible to achieve.",
        speaker: "Helen Clark",
      },
    ],
  }),
];

const MANDELSON = "Peter Mandelson";
const KYLE = "Peter Kyle";
const REID = "John Reid";

export const moreDevTranscripts2: RealTranscript[] = [
  transcript({
    id: "rt48-bbc-denham-inline-labels",
    split: "dev",
    url: "https://bbctodays.pages.dev/2/hi/programmes/andrew_marr_show/7539419.stm",
    outlet: "BBC (Andrew Marr Show)",
    date: "2008-08-03",
    layout: "an interview with every label inside one paragraph (“ZEINAB BADAWI: … JOHN DENHAM: …”), turns cut off with “..”, quotations inside an answer",
    text: `On Sunday 03 August Zeinab Badawi interviewed John Denham MP, Innovation and Skills Secretary

ZEINAB BADAWI: John Denham so you were one of three cabinet ministers rallying belatedly to the prime minister's defence. Why did you feel that it was necessary to write this article in the Sunday Times? JOHN DENHAM: I think it's very important to do two things. The first is to say as I do in the Sunday Times, there's a very powerful case for Labour. We need to make it more strongly. ZEINAB BADAWI: Okay. JOHN DENHAM: And that's the case we need to make. ZEINAB BADAWI: But why did you feel that you had to make that case today in the Sunday Times? JOHN DENHAM: The Sunday Times rang me up, okay? They rang me up and they said "Would you write, like to write a piece for the Sunday?" And I said "Yes". I didn't go to the Sunday Times. Nobody from the party rang me up.`,
    sentences: [
      { text: "I think it's very important to do two things.", speaker: "John Denham" },
      { text: "The first is to say as I do in the Sunday Times, there's a very powerful case for Labour.", speaker: "John Denham" },
      { text: "We need to make it more strongly.", speaker: "John Denham" },
      { text: "And that's the case we need to make.", speaker: "John Denham" },
      { text: "The Sunday Times rang me up, okay?", speaker: "John Denham", optional: true },
      { text: `They rang me up and they said "Would you write, like to write a piece for the Sunday?"`, speaker: "John Denham", optional: true },
      { text: `And I said "Yes".`, speaker: "John Denham", optional: true },
      { text: "I didn't go to the Sunday Times.", speaker: "John Denham" },
      { text: "Nobody from the party rang me up.", speaker: "John Denham" },
    ],
  }),
  transcript({
    id: "rt49-bbc-marr-mandelson",
    split: "dev",
    url: "http://news.bbc.co.uk/2/hi/programmes/andrew_marr_show/8087739.stm",
    outlet: "BBC (Andrew Marr Show)",
    date: "2009-06-07",
    layout: "labels in capitals on their own line (“ANDREW MARR:”, “LORD MANDELSON:”), a caption line “Name, role” twice, the interviewer making statements, “(over)” and “(laughs)”",
    text: `Stop taking shots

On Sunday 07 June Andrew Marr interviewed Lord Mandelson, Business Secretary

Please note 'The Andrew Marr Show' must be credited if any part of this transcript is used.

ANDREW MARR:

Lord Mandelson, Business Secretary
Lord Mandelson, Business Secretary

And on the note of Lords, my final guest this morning does have a long title: Her Majesty's First Secretary of State for Business, Innovation and Skills and Lord President of the Council, which is seventeen words roughly translated as Top Dog.

He was clearly crucial in stalling the push against Gordon Brown.

LORD MANDELSON:

You're not going to spend the entire interview teasing me about my long title, are you?

ANDREW MARR:

Well it was a… It is a very long title. (Mandelson laughs) It is a very long title.

LORD MANDELSON:

I know, but it's a title with a purpose and it is to help the government get on bringing the country out of economic recession and building up our economic strengths and our competitiveness. It's a pro-business, pro-jobs agenda I'm leading and it's going to take all my time.`,
    sentences: [
      { text: "You're not going to spend the entire interview teasing me about my long title, are you?", speaker: MANDELSON, optional: true },
      {
        text: "I know, but it's a title with a purpose and it is to help the government get on bringing the country out of economic recession and building up our economic strengths and our competitiveness.",
        speaker: MANDELSON,
      },
      { text: "It's a pro-business, pro-jobs agenda I'm leading and it's going to take all my time.", speaker: MANDELSON },
    ],
  }),
  transcript({
    id: "rt50-channel4-kyle",
    split: "dev",
    url: "https://channel4.com/news/labour-party-backs-starmer-to-make-hard-choices-says-government-minister",
    outlet: "Channel 4 News",
    date: "2024-09-24",
    layout: "an introduction in the third person, then “Peter Kyle:” and “Cathy Newman:” labels; the presenter states as well as asks",
    text: `Labour party backs Starmer to make ‘hard choices’ says government minister

We spoke to Peter Kyle, who’s the Secretary of State for Science, Innovation and Technology, and began by asking if Sir Keir’s speech set out a positive vision of Britain or only talked about the hard graft ahead.

Peter Kyle: We inherited some issues that were much, much worse than we expected. We knew it’d be bad. It was worse. So actually, what Keir did today was a really clever thing and it was a smart thing and it was what the public wanted from us.

Cathy Newman: It was quite a Blairite tone to it, particularly on his challenge to the left. Let’s take the cuts, for example. He didn’t back down on the winter fuel allowance cuts and he signalled that more cuts to come on sickness benefits and make.

Peter Kyle: The politics and the political positioning comes later in the day for Keir. This is part of our inheritance and he’s upfront about it. It’s not a left right thing. It’s about what will make the biggest difference.

Cathy Newman: Is he up for the fight with the left? Because there’s a vote that you’re going to get defeated on on the winter fuel allowance.

Peter Kyle: If you want to gauge the mood of the party, come to the beating heart of the party, which is here at conference.`,
    sentences: [
      { text: "We inherited some issues that were much, much worse than we expected.", speaker: KYLE },
      { text: "We knew it’d be bad.", speaker: KYLE },
      { text: "It was worse.", speaker: KYLE, optional: true },
      {
        text: "So actually, what Keir did today was a really clever thing and it was a smart thing and it was what the public wanted from us.",
        speaker: KYLE,
      },
      { text: "The politics and the political positioning comes later in the day for Keir.", speaker: KYLE },
      { text: "This is part of our inheritance and he’s upfront about it.", speaker: KYLE },
      { text: "It’s not a left right thing.", speaker: KYLE },
      { text: "It’s about what will make the biggest difference.", speaker: KYLE },
      { text: "If you want to gauge the mood of the party, come to the beating heart of the party, which is here at conference.", speaker: KYLE },
    ],
  }),
  transcript({
    id: "rt51-bbc-politics-show-reid",
    split: "dev",
    url: "http://news.bbc.co.uk/1/hi/programmes/politics_show/3691484.stm",
    outlet: "BBC (Politics Show)",
    date: "2004-09-26",
    layout: "notes above the transcript, a caption line “Title Name, MP”, “Jeremy Vine:” and “John Reid:” labels, the answer running on in paragraphs without a label",
    text: `Iraq looms over Labour

Please note BBC Politics Show must be credited if any part of this transcript is used.

NB:This transcript was typed from a recording and not copied from an original script.

On Politics Show, on Sunday 26 September, 2004, Jeremy Vine interviewed the Secretary of State for Health Dr John Reid, MP.

Dr John Reid, MP
Secretary of State for Health Dr John Reid, MP

Jeremy Vine: And I'm joined now from Brighton, by John Reid, the Health Secretary. Welcome to you.

Too Scottish to be Prime Minister we heard of Gordon Brown there in that film.

John Reid: Yeah. I heard Tom Brown say that the English had a down on Scots in the Cabinet. That comes as a great surprise to me and Ian McCartney and Gordon Brown, and Alistair Darling and so on. So I think that's all nonsense.

But key point is, if I might say so with respect, so is the premise of your programme. You see the premise is that if somebody is doing very well in the Cabinet, or is a big beast as you call it, that that somehow diminishes everyone else. Now that isn't true.`,
    sentences: [
      { text: "Yeah.", speaker: REID, optional: true },
      { text: "I heard Tom Brown say that the English had a down on Scots in the Cabinet.", speaker: REID },
      {
        text: "That comes as a great surprise to me and Ian McCartney and Gordon Brown, and Alistair Darling and so on.",
        speaker: REID,
      },
      { text: "So I think that's all nonsense.", speaker: REID },
      { text: "But key point is, if I might say so with respect, so is the premise of your programme.", speaker: REID },
      {
        text: "You see the premise is that if somebody is doing very well in the Cabinet, or is a big beast as you call it, that that somehow diminishes everyone else.",
        speaker: REID,
      },
      { text: "Now that isn't true.", speaker: REID },
    ],
  }),
  transcript({
    id: "rt52-fox-obama-sarkozy-timestamps",
    split: "dev",
    url: "https://www.foxnews.com/politics/raw-data-transcript-from-obama-sarkozy-press-conference",
    outlet: "Fox News (raw data)",
    date: "2010-03-30",
    layout: "“PRESIDENT OBAMA: (16:56:07)” then each paragraph opening with a timestamp in parentheses and no label",
    text: `President Barack Obama and President Sarkozy hold joint press availability.

PRESIDENT OBAMA: (16:56:07) Please, everybody have a seat. Good afternoon. Bienvenue.
(16:56:14) I am delighted to welcome my dear friend President Sarkozy to the White House and I also want to welcome to the United States, the First Lady of France. Michelle and I are very much looking forward to hosting our guest in dinner this evening.

(16:57:33) Today, President Sarkozy and I have reaffirmed the enduring ties between our countries. France is our oldest ally and one of our closest. We are two great Republics bound by common ideals that have stood together for more than two centuries.`,
    sentences: [
      { text: "Please, everybody have a seat.", speaker: OBAMA, optional: true },
      { text: "Good afternoon.", speaker: OBAMA, optional: true },
      { text: "Bienvenue.", speaker: OBAMA, optional: true },
      {
        text: "I am delighted to welcome my dear friend President Sarkozy to the White House and I also want to welcome to the United States, the First Lady of France.",
        speaker: OBAMA,
      },
      { text: "Michelle and I are very much looking forward to hosting our guest in dinner this evening.", speaker: OBAMA },
      { text: "Today, President Sarkozy and I have reaffirmed the enduring ties between our countries.", speaker: OBAMA },
      { text: "France is our oldest ally and one of our closest.", speaker: OBAMA },
      { text: "We are two great Republics bound by common ideals that have stood together for more than two centuries.", speaker: OBAMA },
    ],
  }),
];

const CHRISTODOULIDES = "Nikos Christodoulides";
const STOLTENBERG = "Jens Stoltenberg";
const DUJARRIC = "Stéphane Dujarric";

export const moreDevArticles3: RealArticle[] = [
  article({
    id: "ra53-cyprus-digest-christodoulides",
    split: "dev",
    url: "https://cyprus-digest.com/the-minister-of-foreign-affairs-responds-to-the-turkish-foreign-minister-i-realize-the-awkward-position-cyprus-is-in-a-center-of-humanitarian-operations/",
    outlet: "Cyprus Digest",
    date: "2024-07-19",
    layout: "“he said” after a sentence whose subject is the speaker and whose appositive names another minister; “He added that … “…,” he said”; a partial quote running on into a second sentence; the speaker by role (“The President repeated that “…””)",
    text: `President Christodoulidis was asked to comment on the statements of the Turkos Minister of Foreign Affairs, Hakan Fidan, which presents Cyprus as a “hub of operations” in relation to the war in Gaza. “I want to tell the Turkish Foreign Minister that Cyprus is a center of operations: center of humanitarian operations, humanitarian aid is sent supported by the international community. It is a center of operations for the evacuation of the civilian population from the area, as we have done many times, we have done it recently,” he said.

He added that he understands the difficulty of the Turkish Foreign Minister that the role of the Republic of Cyprus is recognized at the international level, and he attempts through such statements to involve Cyprus in the controversy. “Whatever he does, everyone knows our role: Sending humanitarian aid, evacuating populations,” he said.

He noted that it is “a bit unfortunate” to hear from the Minister of Foreign Affairs of Turkey, “that we all know very well what is happening in Turkey in relation to all these issues. So I understand the difficult position he is in, precisely because of the recognition of the role of the Republic of Cyprus”.

The President repeated that “we are not involved. We are part of the solution, not the problem, not with words, but with actions.”`,
    quotes: [
      { text: "hub of operations", speaker: "Hakan Fidan", optional: true },
      {
        text: "I want to tell the Turkish Foreign Minister that Cyprus is a center of operations: center of humanitarian operations, humanitarian aid is sent supported by the international community. It is a center of operations for the evacuation of the civilian population from the area, as we have done many times, we have done it recently,",
        speaker: CHRISTODOULIDES,
      },
      { text: "Whatever he does, everyone knows our role: Sending humanitarian aid, evacuating populations,", speaker: CHRISTODOULIDES },
      { text: "a bit unfortunate", speaker: CHRISTODOULIDES, optional: true },
      {
        text: "that we all know very well what is happening in Turkey in relation to all these issues. So I understand the difficult position he is in, precisely because of the recognition of the role of the Republic of Cyprus",
        speaker: CHRISTODOULIDES,
      },
      { text: "we are not involved. We are part of the solution, not the problem, not with words, but with actions.", speaker: CHRISTODOULIDES },
    ],
  }),
];

export const moreDevTranscripts3: RealTranscript[] = [
  transcript({
    id: "rt53-nato-stoltenberg-bullets",
    split: "dev",
    url: "https://www.nato.int/cps/en/natohq/opinions_154055.htm?selectedLocale=en",
    outlet: "NATO",
    date: "2018-04-26",
    layout: "heading, “(As delivered)”, bulleted lists inside the remarks, lines broken inside paragraphs",
    text: `Press conference

by NATO Secretary General Jens Stoltenberg ahead of the meetings of NATO Foreign Ministers

  • 26 Apr. 2018 -
  • |
  • Last updated: 26 Apr. 2018 20:03

(As delivered)

Good morning.

NATO’s Foreign Ministers will meet tomorrow to prepare for the upcoming Summit in July.

We will begin with a meeting to discuss Russia.
For several years, Moscow has shown a pattern of dangerous behaviour.

This includes:

  • the illegal and illegitimate annexation of Crimea,
  • the destabilisation of eastern Ukraine,
  • meddling in democratic processes,
  • cyber-attacks,
  • and disinformation.

Russia also backs the brutal regime in Syria, which has repeatedly used chemical weapons.

NATO has responded with resolve and unity.

We have undertaken the biggest reinforcement of our collective defence since the end of the Cold War.

  • We have strengthened our presence in the eastern part of the Alliance;
  • Increased the readiness of our forces;
  • And Allies are investing more in defence.

But we continue to see attempts to intimidate and interfere in Allied countries.
So we must continue to adapt to hybrid challenges.`,
    sentences: [
      { text: "Good morning.", speaker: STOLTENBERG, optional: true },
      { text: "NATO’s Foreign Ministers will meet tomorrow to prepare for the upcoming Summit in July.", speaker: STOLTENBERG },
      { text: "We will begin with a meeting to discuss Russia.", speaker: STOLTENBERG },
      { text: "For several years, Moscow has shown a pattern of dangerous behaviour.", speaker: STOLTENBERG },
      { text: "This includes:", speaker: STOLTENBERG, optional: true },
      { text: "the illegal and illegitimate annexation of Crimea,", speaker: STOLTENBERG, optional: true },
      { text: "the destabilisation of eastern Ukraine,", speaker: STOLTENBERG, optional: true },
      { text: "meddling in democratic processes,", speaker: STOLTENBERG, optional: true },
      { text: "cyber-attacks,", speaker: STOLTENBERG, optional: true },
      { text: "and disinformation.", speaker: STOLTENBERG, optional: true },
      { text: "Russia also backs the brutal regime in Syria, which has repeatedly used chemical weapons.", speaker: STOLTENBERG },
      { text: "NATO has responded with resolve and unity.", speaker: STOLTENBERG },
      { text: "We have undertaken the biggest reinforcement of our collective defence since the end of the Cold War.", speaker: STOLTENBERG },
      { text: "We have strengthened our presence in the eastern part of the Alliance;", speaker: STOLTENBERG, optional: true },
      { text: "Increased the readiness of our forces;", speaker: STOLTENBERG, optional: true },
      { text: "And Allies are investing more in defence.", speaker: STOLTENBERG, optional: true },
      { text: "But we continue to see attempts to intimidate and interfere in Allied countries.", speaker: STOLTENBERG },
      { text: "So we must continue to adapt to hybrid challenges.", speaker: STOLTENBERG },
    ],
  }),
  transcript({
    id: "rt54-un-noon-dujarric-2023",
    split: "dev",
    url: "https://press.un.org/en/2023/d230411.doc.htm",
    outlet: "United Nations",
    date: "2023-04-11",
    layout: "“Daily Press Briefing by the Office of the Spokesperson …” and “The following is a near-verbatim transcript of today’s noon briefing by X, Spokesman …”: the spokesman reports the Secretary-General in the third person",
    text: `Daily Press Briefing by the Office of the Spokesperson for the Secretary-General

The following is a near-verbatim transcript of today’s noon briefing by Stéphane Dujarric, Spokesman for the Secretary-General.

Good afternoon and welcome to our visiting journalists.  The Secretary-General arrived earlier today in Somalia on his annual solidarity visit for Ramadan.  At the airport, he was received by the Minister of Foreign Affairs of Somalia, Abshir Omar Jama, and soon after, he headed to Villa Somalia, the home of the President of Somalia, for a meeting with President Hassan Sheikh Mohamud.

In a joint media encounter with the President, the Secretary-General said he is also in the country to ring the alarm on the humanitarian crisis, noting that Somalia is experiencing its worst drought in recorded history.  He pointed out that although Somalis make virtually no contribution to climate change, they are among the greatest victims.`,
    sentences: [
      { text: "Good afternoon and welcome to our visiting journalists.", speaker: DUJARRIC, optional: true },
      { text: "The Secretary-General arrived earlier today in Somalia on his annual solidarity visit for Ramadan.", speaker: DUJARRIC },
      {
        text: "At the airport, he was received by the Minister of Foreign Affairs of Somalia, Abshir Omar Jama, and soon after, he headed to Villa Somalia, the home of the President of Somalia, for a meeting with President Hassan Sheikh Mohamud.",
        speaker: DUJARRIC,
      },
      {
        text: "In a joint media encounter with the President, the Secretary-General said he is also in the country to ring the alarm on the humanitarian crisis, noting that Somalia is experiencing its worst drought in recorded history.",
        speaker: DUJARRIC,
      },
      {
        text: "He pointed out that although Somalis make virtually no contribution to climate change, they are among the greatest victims.",
        speaker: DUJARRIC,
      },
    ],
  }),
];
