// A seventh set of real texts for the dev split (session 9, round 2), found after the rules of
// round 1 were final and annotated by hand before they were run, from genres the corpus lacked.
// Batch 3: government and foreign-ministry releases that quote officials (a statement printed
// without marks after “said:”, a “He said:” after a role named only by title, a head of state
// called “the Head of State”, a ministry spokesman reading a minister's communiqué, a release in
// reported speech with a scare quote). Batch 4: live blogs and broadcasters' live pages (time-
// stamped entries, headlines with colons, “Obama says” inside and after quotes, two people called
// Sanders, a senator quoted under a paragraph that does not name him, titles of songs and events).
// Batch 5: wire copy (Reuters datelines, hard-wrapped lines, a news agency quoting an unnamed
// spokesman) and Kenyan outlets in English (captions left as markup, two Rutos and two Keters).
import type { RealArticle } from "./types";

const article = (a: Omit<RealArticle, "kind">): RealArticle => ({ kind: "article", ...a });

export const s9DevArticles3: RealArticle[] = [
  article({
    id: "ra114-ukpol-dbt-badenoch-wto",
    split: "dev",
    url: "https://www.ukpol.co.uk/tag/press-release/page/388",
    outlet: "ukpol.co.uk (Department for Business and Trade press release)",
    date: "2024-02-26",
    layout: "government release: bullet points, then “Trade Secretary X said:” over two paragraphs printed without quotation marks",
    text: `PRESS RELEASE : Trade Secretary fights for free and fair trade at global summit [February 2024]

The press release issued by the Department for Business and Trade on 26 February 2024.

UK Trade Ministers attend World Trade Organization’s Conference to defend free and fair trade and protect UK businesses from increasing global trade barriers.

• Trade Secretary Kemi Badenoch flies to Abu Dhabi for 13th WTO conference to meet international counterparts and defend free trade
• UK using negotiations to maintain tariff-free digital trade, and protect British businesses from potential costly increases in global trade barriers and protectionism
• Secretary Badenoch joined by Trade Minister Greg Hands – as both will use event to meet Gulf Ministers and progress talks on a UK-Gulf trade deal

Trade Secretary Kemi Badenoch today arrives in Abu Dhabi to defend free and fair trade and protect UK businesses from increasing global trade barriers.

She is attending the World Trade Organization’s (WTO) Thirteenth Ministerial Conference (MC13) – where over 150 of the world’s trade ministers will gather for a week to negotiate global rules of trade that affect tariffs, regulations and how businesses sell their goods and services abroad.

Attending the Conference, Trade Secretary Kemi Badenoch said:

Free trade creates jobs, opportunities for businesses, and puts money in people’s pockets.

We want to see more barriers torn down, not new ones being put up. This is why it’s important the UK is here at MC13, to secure meaningful outcomes for companies and consumers back home and around the world as part of the Government’s plan to grow the economy and boost opportunities for our young people. I look forward to working with Members this week to make that happen.`,
    quotes: [
      {
        text: "Free trade creates jobs, opportunities for businesses, and puts money in people’s pockets. We want to see more barriers torn down, not new ones being put up. This is why it’s important the UK is here at MC13, to secure meaningful outcomes for companies and consumers back home and around the world as part of the Government’s plan to grow the economy and boost opportunities for our young people. I look forward to working with Members this week to make that happen.",
        speaker: "Kemi Badenoch",
      },
    ],
  }),
  article({
    id: "ra115-ukpol-treasury-1999-joint-action",
    split: "dev",
    url: "https://www.ukpol.co.uk/tag/press-release/page/899",
    outlet: "ukpol.co.uk (HM Treasury press release, 1999)",
    date: "1999-12-01",
    layout: "government release naming three officials, then “The Chancellor said:” over two reopening paragraphs, then “The Secretary of State for Scotland has responsibility … He said:” with a quote the excerpt ends inside",
    text: `HISTORIC PRESS RELEASE : Joint action to tackle poverty and improve the Economy announced [December 1999]

The press release issued by HM Treasury on 1 December 1999.

Joint action to tackle the problems of poverty and improve the economy were announced by the Chancellor Gordon Brown, Scotland’s First Minister Donald Dewar and Scottish Secretary John Reid.

Three Joint Action Committees (JAC) will be established under the Memorandum of Understanding, which provides for the establishment of a Joint Ministerial Committee (JMC) and Sub Committees.

The JMC was set up specifically to consider non-devolved matters which impinge on devolved matters and devolved matters which impinge on non-devolved responsibilities.

The Chancellor said:

“The delivery of devolution has dealt with the democratic deficit. We must now turn to the real economic and social issues where the case for joint action is overwhelming.

“The only way we can tackle the problems of poverty and unemployment successfully is by joint action.”

The Secretary of State for Scotland has responsibility for ensuring effective working relations between the Government and the Scottish Executive and for promoting the devolution settlement.  He said:

“The devolution settlement was not just a Constitutional exercise, but was always intended to make real improvements to people’s lives. We are determined to attack poverty and promote the knowledge economy with every means at our disposal.`,
    quotes: [
      {
        text: "The delivery of devolution has dealt with the democratic deficit. We must now turn to the real economic and social issues where the case for joint action is overwhelming. The only way we can tackle the problems of poverty and unemployment successfully is by joint action.",
        speaker: "Gordon Brown",
      },
      {
        text: "The devolution settlement was not just a Constitutional exercise, but was always intended to make real improvements to people’s lives. We are determined to attack poverty and promote the knowledge economy with every means at our disposal.",
        speaker: "John Reid",
      },
    ],
  }),
  article({
    id: "ra116-ukpol-president-ukraine-harvard",
    split: "dev",
    url: "https://www.ukpol.co.uk/tag/press-release/page/1135",
    outlet: "ukpol.co.uk (press release of the President of Ukraine)",
    date: "2022-09-28",
    layout: "a head of state's release in reported speech: “…,” the Head of State said; “The President noted …”; a last quote opening a paragraph after “in his opinion”, which the excerpt ends inside",
    text: `PRESS RELEASE : Ukraine must return all its territories, this will be a victory of justice – Volodymyr Zelenskyy during a conversation with the Harvard university community [September 2022]

The press release issued by the President of Ukraine on 28 September 2022.

Ukraine must return all its temporarily occupied territories, and only then can we talk about the end of the war. This was stated by President Volodymyr Zelenskyy during a conversation with students and lecturers of Harvard University.

“If it is not clear that we have regained our land, the war is over and there is peace, and instead something is always under a question mark, some part is not de-occupied, and the other part is in some kind of compromise, then, believe me, Russia will return to the occupation of our land,” the Head of State said.

The President noted that, unfortunately, Ukraine will not be able to return its dead citizens, but it can certainly restore justice, which begins with the return of its land.

Volodymyr Zelenskyy is convinced that Russia’s war against Ukraine demonstrated the need to reset international institutions, which should react faster, preferably preventively, without waiting for a bad result.

Also, in his opinion, one may believe or not believe Russia’s threats to use nuclear weapons, but the world should definitely be strong and not be afraid of intimidation by any aggressor.

“Because there will be many more such threats. So that there are fewer of them, it should be systematically written out what the reaction will be. Even to words or intentions.`,
    quotes: [
      {
        text: "If it is not clear that we have regained our land, the war is over and there is peace, and instead something is always under a question mark, some part is not de-occupied, and the other part is in some kind of compromise, then, believe me, Russia will return to the occupation of our land,",
        speaker: "Volodymyr Zelensky",
      },
      {
        text: "Because there will be many more such threats. So that there are fewer of them, it should be systematically written out what the reaction will be. Even to words or intentions.",
        speaker: "Volodymyr Zelensky",
      },
    ],
  }),
  article({
    id: "ra117-france-mfa-briefing-kouchner",
    split: "dev",
    url: "https://franceintheus.org/IMG/html/briefing/2007/us310707.html",
    outlet: "French Ministry of Foreign Affairs (daily press briefing, English translation)",
    date: "2007-07-31",
    layout: "a ministry spokesperson's briefing: “I will read a statement that was made by Minister X:” then three reopening paragraphs; the unnamed spokesperson's answers after “Q -” without marks",
    text: `Daily Press Briefing

Statements made by
the Ministry of Foreign Affairs Spokesperson

(Paris, July 31, 2007)

[Please note that only the original French text issued by the French Ministry of Foreign Affairs may be considered official.]


I will read a statement that was made by Foreign and European Affairs Minister Bernard Kouchner:

“I have learned of the execution of a second South Korean hostage by the Taliban. I express my horror at such barbarity. France condemns in the strongest possible terms this heinous and unjustifiable act which universal moral values condemn.

“France offers its sincere condolences to the victims’ families and friends and to the South Korean authorities, and assures them of its support at this tragic time.

“We demand the quick release of all the hostages held in Afghanistan.”


Foreign and European Affairs Minister Bernard Kouchner received the minister of foreign affairs and cooperation of Niger, Aichatou Mindaoudou, together with the secretary of state for cooperation and Francophony, Jean-Marie Bockel.

The meeting took place in the context of the regular and friendly dialogue that France has had with Niger since democracy was restored in that country in 1999. It afforded the opportunity to reaffirm the excellence of our bilateral relations and France’s support for the fight waged by Niger against trafficking and extremist elements.

Q - You’ve not mentioned the business with Areva whose representative was expelled a few days ago in spite of the excellent relations you’ve described. I’d like to know if the matter was discussed and if a solution was found?

I refer you to Areva since there was contact between the company and the minister from Niger.`,
    quotes: [
      {
        text: "I have learned of the execution of a second South Korean hostage by the Taliban. I express my horror at such barbarity. France condemns in the strongest possible terms this heinous and unjustifiable act which universal moral values condemn. France offers its sincere condolences to the victims’ families and friends and to the South Korean authorities, and assures them of its support at this tragic time. We demand the quick release of all the hostages held in Afghanistan.",
        speaker: "Bernard Kouchner",
      },
    ],
  }),
  article({
    id: "ra118-apo-cavusoglu-ntv",
    split: "dev",
    url: "https://www.pulse.ng/apo/meeting-of-foreign-minister-mevlreplacement-charactert-replacement-characteravusoglu/6q64gc0",
    outlet: "Pulse Nigeria (APO Group, Turkish Ministry of Foreign Affairs release)",
    date: "2021-08-25",
    layout: "a foreign ministry's release distributed by a wire service, all in reported speech (“Minister X stated that …”), with one scare quote of an approach in single marks; the day is approximate (late August 2021)",
    text: `Minister Çavuşoğlu stated that he was pleased to host for the first time in our country Foreign Minister Vincent Biruta of Rwanda, with whom he last met at the G-20 Foreign Ministers' meeting in June. In the framework of the visit, agreements were signed in the fields of sports, education, industry and protocol, to give a new impetus to our relations.

In the morning of the same day, Minister Çavuşoğlu participated in the live broadcast of NTV.

Minister Çavuşoğlu stated that we hoped that the clashes in Afghanistan would not cause a civil war, that there was economic distress and hunger in the country, that the Turkish Red Crescent provided aid to the region and that we were working with Qatar and the United States regarding the Kabul Airport.

Minister Çavuşoğlu emphasized that we should not be hasty in recognizing the Taliban, that the world should not be in a hurry either, that everybody should act in a balanced way and that Turkey would act according to the conditions and developments.

Minister Çavuşoğlu expressed that the EU should abandon the ‘refugees will not come because of COVID’ approach, that as this was a common problem, there should be a fair burden sharing and that ultimately, the March 18 Statement should be updated.

Minister Çavuşoğlu also underlined that we did not have a problem with the United Arab Emirates, that there were no permanent friends and foes in international relations, that the situation could change accordingto interests and circumstances and that this could not be construed as acting without principles.

Distributed by APO Group on behalf of Republic of Turkey, Ministry of Foreign Affairs.`,
    quotes: [{ text: "refugees will not come because of COVID", speaker: null, optional: true }],
  }),
];

export const s9DevArticles4: RealArticle[] = [
  article({
    id: "ra119-cnn-live-trump-2018-05-09",
    split: "dev",
    url: "https://www.cnn.com/politics/live-news/trump-today-05-09-18/index.html",
    outlet: "CNN (live coverage)",
    date: "2018-05-09",
    layout: "a broadcaster's live page: time-stamped posts, headlines with a colon (“White House: \"…\"”, “Sanders: Trump thinks …”), a press secretary's quotes split by “Sanders said, noting that”, an unnamed foreign ministry spokesman quoted through a state outlet",
    text: `Follow President Trump today

14 Posts
6:54 p.m. ET, May 9, 2018

Our live coverage has ended. Read through the posts below to see how the day unfolded.

6:06 p.m. ET, May 9, 2018

Trump officials prepare for historic summit in Singapore

Administration officials have been instructed to move forward with plans to convene a historic summit between President Donald Trump and North Korean leader Kim Jong Un in Singapore, according to two people familiar with the plans.

The decision is ultimately up to Trump, who said on Wednesday he would announce the time and location in three days.

4:16 p.m. ET, May 9, 2018

White House: "Maximum pressure campaign has worked" on North Korea

White House press secretary Sarah Sanders did not back off the administration's claim that the US's maximum pressure campaign has helped bring North Korea to the negotiating table, days after North Korea rejected that claim.

"The President has talked about, certainly, that the maximum pressure campaign has worked," Sanders said, noting that "we have seen North Korea make progress since."

Sanders also noted that Trump has credited the leaders of South Korea, Japan and China with helping to "put pressure on North Korea."

North Korea said last weekend that the US was "deliberately provoking the DPRK" with its claims that the maximum pressure campaign had helped bring Kim Jong Un to the negotiating table.

The North Korean Foreign Ministry spokesman said via North Korea's state-run KCNA outlet that the US claims were a "dangerous attempt to ruin the hard-won atmosphere of dialogue and bring the situation back to square one."

4:15 p.m. ET, May 9, 2018

Sanders: Trump thinks Giuliani has done a "fine job"

Press secretary Sarah Sanders said President Trump thinks Rudy Giuliani — who is now on his legal team and has been doing several interviews — is doing a "fine job."`,
    quotes: [
      { text: "Maximum pressure campaign has worked", speaker: "Sarah Huckabee Sanders", optional: true },
      { text: "The President has talked about, certainly, that the maximum pressure campaign has worked,", speaker: "Sarah Huckabee Sanders" },
      { text: "we have seen North Korea make progress since.", speaker: "Sarah Huckabee Sanders" },
      { text: "put pressure on North Korea.", speaker: "Sarah Huckabee Sanders", optional: true },
      { text: "deliberately provoking the DPRK", speaker: null, optional: true },
      { text: "dangerous attempt to ruin the hard-won atmosphere of dialogue and bring the situation back to square one.", speaker: null },
      { text: "fine job", speaker: "Sarah Huckabee Sanders", optional: true },
      { text: "fine job.", speaker: "Sarah Huckabee Sanders", optional: true },
    ],
  }),
  article({
    id: "ra120-nbc-liveblog-obama-2010-11-04",
    split: "dev",
    url: "https://politicsdownanddirty.blogspot.com/2010/11/live-blogging-presidents-press.html",
    outlet: "Politics Down and Dirty (NBC First Read live blog reposted)",
    date: "2010-11-04",
    layout: "a live blog of a press conference: one line per time stamp, most quotes with no attribution (the president is the subject throughout), “Obama says” before or after, scare quotes of words from questions",
    text: `Live-blogging the president's press conference

1:57 ET: That's the conclusion of the press conference. Thanks for following along here on NBC's First Read.
1:56 ET: When he talks to regular Americans, Obama says, "I always come away from those interactions feeling so much more optimistic about this country."
1:53 ET: Self-reflective Obama says he need to make sure that he gets out of the White House to reach the American public.
But he alludes to Reagan and Clinton, who stood at the podium two years into their own presidencies "getting similar questions."
"This is something that every president needs to go through," he says.
Although "I am not recommending that every president takes a shellacking like they did last night," he adds with a bit of a wry smile.
1:51 ET: Asked if he thinks voters might have seen him as "out of touch," Obama responds that there's a danger to being "in the bubble" of the White House.
"Folks didn't have any complaints about my leadership style when I was running around Iowa for a year."
"How do I meet my responsibilities here in the White House .. but still have that opportunity to engage with the American people .. and give them confidence that I am listening to them."
1:50 ET: "The most important thing we can do is to boost and encourage our business sector and make sure that they're hiring."
1:48 ET: "The only way America succeeds is if businesses succeed."
1:45 ET: A moment of levity: Obama toys with idea of "Slurpee summit" with Boehner.
"They are delicious drinks."
1:44 ET: "When I came into office, this economy was in a freefall. The economy has stabilized. The economy is growing. ... It would hard to argue that we're going backwards." But, he adds, we might be "stuck in neutral."
1:41 ET: "The American people understand that we're still digging our way out of a pretty big ditch."`,
    quotes: [
      { text: "I always come away from those interactions feeling so much more optimistic about this country.", speaker: "Barack Obama" },
      { text: "getting similar questions.", speaker: "Barack Obama", optional: true },
      { text: "This is something that every president needs to go through,", speaker: "Barack Obama" },
      { text: "I am not recommending that every president takes a shellacking like they did last night,", speaker: "Barack Obama" },
      { text: "out of touch,", speaker: null, optional: true },
      { text: "in the bubble", speaker: "Barack Obama", optional: true },
      { text: "Folks didn't have any complaints about my leadership style when I was running around Iowa for a year.", speaker: "Barack Obama" },
      {
        text: "How do I meet my responsibilities here in the White House .. but still have that opportunity to engage with the American people .. and give them confidence that I am listening to them.",
        speaker: "Barack Obama",
      },
      { text: "The most important thing we can do is to boost and encourage our business sector and make sure that they're hiring.", speaker: "Barack Obama" },
      { text: "The only way America succeeds is if businesses succeed.", speaker: "Barack Obama" },
      { text: "Slurpee summit", speaker: "Barack Obama", optional: true },
      { text: "They are delicious drinks.", speaker: "Barack Obama" },
      {
        text: "When I came into office, this economy was in a freefall. The economy has stabilized. The economy is growing. ... It would hard to argue that we're going backwards.",
        speaker: "Barack Obama",
      },
      { text: "stuck in neutral.", speaker: "Barack Obama", optional: true },
      { text: "The American people understand that we're still digging our way out of a pretty big ditch.", speaker: "Barack Obama" },
    ],
  }),
  article({
    id: "ra121-cnn-live-trump-2018-06-05",
    split: "dev",
    url: "https://www.cnn.com/politics/live-news/trump-nfl-eagles/index.html",
    outlet: "CNN (live coverage)",
    date: "2018-06-05",
    layout: "a broadcaster's live page: “From CNN's …” credit lines, a senator's quote in a paragraph of its own under one that names him (“he didn't say no.”), a photo caption, an event's name in marks",
    text: `President Trump today

By Meg Wagner, CNN

Updated 11:57 AM ET, Mon August 27, 2018
15 Posts
5:39 p.m. ET, June 5, 2018

Our coverage of today's White House event has concluded.

4:36 p.m. ET, June 5, 2018

President Trump will continue to hit National Anthem debate through midterms, source says

From CNN's Jim Acosta, Kevin Liptak and Liz Landers

A source close to the White House says the President plans to continue to pound the NFL National Anthem issue through the midterms.

Another person familiar with his thinking says Trump has touted this issue before as something that could help him in the midterms, and wants to keep it in the bloodstream.

Sen. Cory Gardner was asked about whether this issue would help the GOP pick up senate seats in November — and he didn’t say no.

“The American people know that this is an issue is something that they’ve seen in the NFL. They’ve seen on TV. It’s been in the news. Stand up for the National Anthem, that’s what I would do.”

3:43 p.m. ET, June 5, 2018

Trump didn't answer any questions about the Philadelphia Eagles

From CNN's Jim Acosta

Trump sings the national anthem with a US Army chorus during a 'Celebration of America' event on the south lawn of the White House June 5, 2018.
Trump sings the national anthem with a US Army chorus during a 'Celebration of America' event on the south lawn of the White House June 5, 2018. Win McNamee/Getty Images

President Trump attended a "celebration of America" event at the White House this afternoon instead of hosting the Philadelphia Eagles.

The Eagles were supposed to be at the White House today to celebrate their Super Bowl victory, but Trump canceled the meeting due to the controversy over standing for the National Anthem at NFL games.

As Trump left the event to return to the Oval Office, several people shouted questions at him about the team and the NFL protests.

Trump did not answer any of them.`,
    quotes: [
      {
        text: "The American people know that this is an issue is something that they’ve seen in the NFL. They’ve seen on TV. It’s been in the news. Stand up for the National Anthem, that’s what I would do.",
        speaker: "Cory Gardner",
      },
      { text: "Celebration of America", speaker: null, optional: true },
      { text: "Celebration of America", speaker: null, optional: true },
      { text: "celebration of America", speaker: null, optional: true },
    ],
  }),
  article({
    id: "ra122-freepress-sotu-2019-02-05",
    split: "dev",
    url: "https://free-press.top/updates-as-president-trump-addresses-congress/",
    outlet: "Free Press (USA Today live updates reposted)",
    date: "2019-02-05",
    layout: "live updates of a speech: time-stamped paragraphs, “Trump asked”, “the president said”, a song's title in marks, a quote the president joked, a partial quote of what he had said in December",
    text: `Updates as President Trump addresses Congress

This story is being updated. Refresh for the latest news.

WASHINGTON – President Donald Trump used his State of the Union address Tuesday to push for a border wall and other priorities in a new era of divided government in Washington.

Here’s what’s happening now:

10:29 p.m. Trump finished off the roughly 80-minute address by returning to lofty themes of American greatness and bipartisanship.

“What will we do with this moment?” Trump asked. “How will we be remembered?”

Trump said “this is the time to reignite the American imagination.”

10:20 p.m. The chamber broke out into an impromptu rendition of “Happy Birthday” when Trump introduced Holocaust survivor Judah Samet, who is celebrating his 81st birthday and was seated in the first lady’s box. “They wouldn’t do that for me!” Trump joked, going off script. Samet also survived a mass shooting at a Pittsburgh synagogue last October.

10:15 p.m. Trump repeated his claim of success in fighting ISIS.

“Today, we have liberated virtually all of that territory from the grip of these bloodthirsty monsters,” the president said.

Trump drew considerable backlash from members of his own party in December for announcing he intended to withdraw some 2,000 troops from Syria, saying that they were “coming back now” and that ISIS was defeated. But the White House has since signaled the withdrawal process could take months, or longer. Many Republicans have noted that ISIS is not defeated and have questioned Trump’s move toward pulling troops out.

Trump’s national security adviser John Bolton said last month that the White House had placed conditions on the withdrawal.`,
    quotes: [
      { text: "What will we do with this moment? How will we be remembered?", speaker: "Donald Trump" },
      { text: "this is the time to reignite the American imagination.", speaker: "Donald Trump" },
      { text: "Happy Birthday", speaker: null, optional: true },
      { text: "They wouldn’t do that for me!", speaker: "Donald Trump" },
      { text: "Today, we have liberated virtually all of that territory from the grip of these bloodthirsty monsters,", speaker: "Donald Trump" },
      { text: "coming back now", speaker: "Donald Trump", optional: true },
    ],
  }),
  article({
    id: "ra123-guardian-live-oval-office-2019-01-08",
    split: "dev",
    url: "https://www.newssniffer.co.uk/articles/1721972/diff/14/15",
    outlet: "The Guardian (live blog, via News Sniffer)",
    date: "2019-01-08",
    layout: "a newspaper's live blog as an archive prints it: two headlines run together, tweets inlined with their links (“Sanders: \"…\" https://t.co/…”), Bernie Sanders where the directory also knows Sarah Sanders, “said Chairwoman X” after a quote",
    text: `This article is from the source 'guardian' and was first published or seen
on .
It last changed over 40 days ago and won't be checked again for changes.
Donald Trump to give Oval Office address on border wall – live updates
Trump claims crisis at the border in Oval Office speech – live updates
(35 minutes later)
Talking Points Memo reports that Senate Republicans are increasingly open for Trump to declare a national emergency to build a wall. It’s not because they think it would work but simply because it end the shutdown even if Trump’s action gets overturned in the courts.
Bernie Sanders is giving his own personal response to Trump and is not impressed.
Some Senate Rs want @realDonaldTrump to declare an emergency on the border to give them a way out of the shutdown. The subtext: it gives them an out, even if it doesn't hold up in the courts. https://t.co/x3lGjxDWlp
Sanders: "It gives me no pleasure to tell you what most of you already know. President Trump lies all of the time – and in his remarks tonight, and in recent weeks regarding immigration and the wall, he continues to lie." https://t.co/4NXH0dDQQq
As we wait for the speech to start, newly-elected Republican congressman Dan Crenshaw has tweeted his thoughts about the showdown.
RNC Chair Ronna McDaniel has just weighed in to praise Trump in statement:
“Tonight, Americans saw their president fighting for a solution to fund our government while protecting American citizens, versus the approach of Nancy Pelosi and Chuck Schumer which is to resist, resist, resist at all costs,” said Chairwoman McDaniel.`,
    quotes: [
      {
        text: "It gives me no pleasure to tell you what most of you already know. President Trump lies all of the time – and in his remarks tonight, and in recent weeks regarding immigration and the wall, he continues to lie.",
        speaker: "Bernie Sanders",
      },
      {
        text: "Tonight, Americans saw their president fighting for a solution to fund our government while protecting American citizens, versus the approach of Nancy Pelosi and Chuck Schumer which is to resist, resist, resist at all costs,",
        speaker: "Ronna McDaniel",
      },
    ],
  }),
  article({
    id: "ra124-guardian-live-obama-2016-11-14",
    split: "dev",
    url: "https://www.newssniffer.co.uk/articles/1268593/diff/11/12",
    outlet: "The Guardian (live blog, via News Sniffer)",
    date: "2016-11-14",
    layout: "a live blog of a press conference: a reporter's question paraphrased, “Obama:” alone on a line over two reopening paragraphs that never close, the blogger's asides between quotes, “X” Obama says, “…” (from Libya). “…”",
    text: `This article is from the source 'guardian' and was first published or seen on . It last changed over 40 days ago and won't be checked again for changes.

You can find the current article at its original source at https://www.theguardian.com/us-news/live/2016/nov/14/donald-trump-transition-team-white-house-live

The article has changed 22 times. There is an RSS feed of changes available.

Version 11 Version 12
Barack Obama holds first news conference since election – politics live Obama at press conference will not say if Trump is qualified to be president – live
(35 minutes later)
9.32pm GMT
21:32
Iran nuclear deal question. What would you counsel Trump? And on Syria.
Obama:
“Iran is an example of the gap in the rhetoric... and the reality. There was a really robust debate about the merits of the Iran deal before it was completed... it was a serious debate. Ultimately we were able to persuade members of Congress... the main argument against it was that Iran ... would cheat. We know have over a year of evidence that they have abided by the agreement...
“Keep in mind this is not just an agreement between us and the Iranians, this is the P5+1, some of our closest allies...
Nothing on Syria.
Oh wait he has to double back after press persistence.
“Syria is a much more messy situation” than Libya, Obama says. “We have made every effort to try to bring about a political resolution. John Kerry has spent an infinite amount of time trying to negotiate with Russians and Iranians... the situation is obviously different” (from Libya). “We’re going to have to continue to try to pursue a political solution.”
“I recognized that that has not worked,” Obama says of his Syria policy.`,
    quotes: [
      {
        text: "Iran is an example of the gap in the rhetoric... and the reality. There was a really robust debate about the merits of the Iran deal before it was completed... it was a serious debate. Ultimately we were able to persuade members of Congress... the main argument against it was that Iran ... would cheat. We know have over a year of evidence that they have abided by the agreement... Keep in mind this is not just an agreement between us and the Iranians, this is the P5+1, some of our closest allies...",
        speaker: "Barack Obama",
      },
      { text: "Syria is a much more messy situation", speaker: "Barack Obama" },
      {
        text: "We have made every effort to try to bring about a political resolution. John Kerry has spent an infinite amount of time trying to negotiate with Russians and Iranians... the situation is obviously different",
        speaker: "Barack Obama",
      },
      { text: "We’re going to have to continue to try to pursue a political solution.", speaker: "Barack Obama" },
      { text: "I recognized that that has not worked,", speaker: "Barack Obama" },
    ],
  }),
];

export const s9DevArticles5: RealArticle[] = [
  article({
    id: "ra125-reuters-iran-salehi-denial",
    split: "dev",
    url: "http://www.reuters.com/article/us-iran-negotiations-denial-idUSBRE95B16D20130612",
    outlet: "Reuters",
    date: "2013-06-12",
    layout: "wire copy: a photo caption, “(Reuters) -” dateline, a news agency quoting an unnamed spokesman (“…,” ISNA reported; ISNA said the spokesman “…”), a partial quote opened with a closing mark",
    text: `Iran denies foreign minister called for talks with U.S.

Zahra Hosseinian

2 Min Read

Iranian Foreign Minister Ali Akbar Salehi reacts upon his arrival to attend the official opening ceremony for the new headquarters of the Iranian embassy in Amman, May 7, 2013. REUTERS/Majed Jaber

(Reuters) - Iran’s Foreign Ministry has denied a Reuters report that Foreign Minister Ali Akbar Salehi sent a letter to Iran’s supreme leader several months ago calling for wide-ranging talks with Washington, the ISNA student news agency reported on Wednesday.

“Our country’s Foreign Ministry spokesman denied Reuters’ report about the foreign minister’s letter to the supreme leader about negotiations with America,” ISNA reported.

He was referring to a Reuters special report that cited sources as saying Salehi sent a letter to Supreme Leader Ayatollah Ali Khamenei that called for ”broad discussions with the United States.

Reuters stands by the story.

ISNA said the spokesman “described such baseless claims as a kind of story-telling ahead of the presidential elections in Iran that Westerners come up with from time to time to deviate public opinions.”`,
    quotes: [
      {
        text: "Our country’s Foreign Ministry spokesman denied Reuters’ report about the foreign minister’s letter to the supreme leader about negotiations with America,",
        speaker: "ISNA",
      },
      { text: "broad discussions with the United States.", speaker: null, optional: true },
      {
        text: "described such baseless claims as a kind of story-telling ahead of the presidential elections in Iran that Westerners come up with from time to time to deviate public opinions.",
        speaker: null,
      },
    ],
  }),
  article({
    id: "ra126-reuters-obama-iran-talks",
    split: "dev",
    url: "http://www.reuters.com/article/usa-campaign-iran-idUSL1E8LN0EL20121023",
    outlet: "Reuters",
    date: "2012-10-23",
    layout: "a wire brief: a headline with a quote in single marks, “WASHINGTON, Oct 22 (Reuters) -” dateline, a partial quote at a sentence's end, unnamed officials' “in principle”, then “…,” Obama said",
    text: `Obama says reports Iran, U.S. agreed to hold talks 'not true'
October 23, 2012 / 2:06 AM / in 5 years

Obama says reports Iran, U.S. agreed to hold talks 'not true'

Reuters Staff

1 Min Read

WASHINGTON, Oct 22 (Reuters) - President Barack Obama said on Monday that newspaper reports that Iran and the United States had agreed to hold one-on-one talks on Tehran’s nuclear program were “not true.”

Obama made the comment at a debate on foreign policy. The New York Times quoted unnamed U.S. administration officials on Saturday as saying that secret exchanges between U.S. and Iranian officials had resulted in an agreement “in principle” to hold direct talks.

“Those are reports in the newspaper, they are not true,” Obama said.`,
    quotes: [
      { text: "not true", speaker: "Barack Obama", optional: true },
      { text: "not true", speaker: "Barack Obama", optional: true },
      { text: "not true.", speaker: "Barack Obama", optional: true },
      { text: "in principle", speaker: null, optional: true },
      { text: "Those are reports in the newspaper, they are not true,", speaker: "Barack Obama" },
    ],
  }),
  article({
    id: "ra127-reuters-south-sudan-makuei",
    split: "dev",
    url: "http://in.reuters.com/article/southsudan-unrest-minister-idINL6N0K22YK20131223",
    outlet: "Reuters (wire, hard-wrapped)",
    date: "2013-12-23",
    layout: "wire copy wrapped at a fixed width with no blank lines: a scare quote of the government's words, the rebel leader's reported speech, “…,” Information Minister X told Reuters by telephone, and his “wishful thinking”",
    text: `JUBA Dec 23 South Sudan's government remains in
control of the country's oil fields and will not accept a rebel
demand for politicians detained by the authorities over a
"foiled coup" to be freed for peace talks to start, the
information minister said on Monday.
Former Vice-President Riek Machar said on Monday his rebel
forces were in control of all the major oil fields in Unity and
Upper Nile states and that he was open to dialogue with Juba but
only if his political allies were released from detention.
"There is no way we will release anybody who is accused of a
coup d'etat," Information Minister Michael Makuei told Reuters
by telephone, while also dismissing Machar's comments about
controlling South Sudan's oil fields as "wishful thinking".`,
    quotes: [
      { text: "foiled coup", speaker: null, optional: true },
      { text: "There is no way we will release anybody who is accused of a coup d'etat,", speaker: "Michael Makuei" },
      { text: "wishful thinking", speaker: "Michael Makuei", optional: true },
    ],
  }),
  article({
    id: "ra128-kenyans-njoka-opposition",
    split: "dev",
    url: "https://www.kenyans.co.ke/news/27207-what-government-expects-opposition-them-coexist",
    outlet: "Kenyans.co.ke",
    date: "2018-01-25",
    layout: "a Kenyan news site: a ministry spokesman's quotes with “X noted”, “X questioned”, “he added”; image captions left as markup with quotation marks inside (“[caption caption=\"…\"]”); a quote of what Bloomberg printed; a scare quote; the day is approximate (before 30 January 2018)",
    text: `What Government Expects From Opposition For Them to Coexist

The Interior Ministry has advised that if the Opposition has to criticise the government, it should also uphold the rule of law and respect.

In an exclusive interview with Kenyans.co.ke, the ministry's spokesperson, Mwenda Njoka, maintained that the government had not launched a crackdown on the opposition lawmakers.

He further stated that all legislators who break the law despite their political affiliations will be dealt with.

"Dr Fred Matiang'i has emphasised this from time to time. If any politician breaks the law and incites Kenyans they will face the law whether they belong to Jubilee or NASA. We will deal with them equally," Njoka noted.

[caption caption="Interior Ministry CS Dr Fred Matiang'i with Spokeman Mwenda Njoka and IG Joseph Boinnet"][/caption]

The Interior spokesman also refuted claims by Bloomberg where he was quoted having stated: “Once people have tasted certain levels of freedom the genie is out of the bottle, you cannot put it back.”

Njoka told Kenyans.co.ke that he was misquoted and he did not mean that freedoms enjoyed by Kenyans should be curtailed rather the country enjoyed a wide range of freedoms which other nations don't.

Speaking on Thursday, Njoka criticised the move by NASA to 'swear in' Raila Odinga as the people's president adding that the move was meant to delegitimise the election of President Uhuru Kenyatta.

"It is criminal for someone to take an oath and declare themselves the People's president. What does that mean to the election of the legitimately elected President?" Njoka questioned.

"Their actions were meant to water down and delegitimise the election of President Kenyatta and start a revolution," he added.

[caption caption="Interior Ministry Spokesman Mwenda Njoka"][/caption]

Finally, Njoka also revealed that they had reliable information that the opposition had plans to start a revolution to overthrow the government.`,
    quotes: [
      {
        text: "Dr Fred Matiang'i has emphasised this from time to time. If any politician breaks the law and incites Kenyans they will face the law whether they belong to Jubilee or NASA. We will deal with them equally,",
        speaker: "Mwenda Njoka",
      },
      { text: "Once people have tasted certain levels of freedom the genie is out of the bottle, you cannot put it back.", speaker: "Mwenda Njoka" },
      { text: "swear in", speaker: null, optional: true },
      {
        text: "It is criminal for someone to take an oath and declare themselves the People's president. What does that mean to the election of the legitimately elected President?",
        speaker: "Mwenda Njoka",
      },
      {
        text: "Their actions were meant to water down and delegitimise the election of President Kenyatta and start a revolution,",
        speaker: "Mwenda Njoka",
      },
    ],
  }),
  article({
    id: "ra129-capital-fm-kuria-bbc",
    split: "dev",
    url: "https://jbmuwonge.com/well-deal-with-raila-same-way-museveni-kagame-deals-with-their-opponents-moses-kuria/?amp=1",
    outlet: "jbmuwonge.com (a Kenyan wire report reposted)",
    date: "2023-03-26",
    layout: "a regional report of a broadcast interview: “NAIROBI, Kenya Mar Sunday 26 –” dateline, “he told the program host X”, a partial quote after “explaining that”, “(Raila)” inside a quote, “Asked if …, X said, “…”” over several sentences, “X said that “…””",
    text: `We’ll Deal with Raila same way Museveni, Kagame Deals with Their Opponents-Moses Kuria
NAIROBI, Kenya Mar Sunday 26 – Trade Cabinet Secretary Moses Kuria has ruled out any possibility of President William Ruto engaging Opposition leader Raila Odinga in talks.
In a terse statement during an interview on BBC’s Focus on Africa, Kuria said the government will instead employ new tactics in resolving the political crisis in Kenya, largely borrowing from neighbouring countries.
“I can assure you that what is happening in Kenya has nothing to do with the high cost of living. It is nothing but economic terrorism,” he told the program host Peter Okwoche, explaining that Kenya has “had it for too long”.
“He (Raila) had it with Kibaki, he had it with Uhuru, it won’t happen again. Take it from me. Then there is not going to be any dividends for democracy,” he said.
Odinga has launched demonstrations since last week to force the government to tackle the high cost of living and protest the presidential victory he claims was stolen from him during the August 2022 polls won by President William Ruto.
Asked if President Ruto is willing to engage Odinga in talks, Kuria said, “Talk about what? He is a member of a party, he is the leader of the Opposition, he’s got members in parliament, he’s got a sizeable number in that parliament. We have almost half of the Members in Parliament, he can be able to make his case within that Parliament. This rewarding him for undermining institutions, undermining democracy, losing elections all the time and coming out to say talk to me. About what! We had a very transparent election, we went all the way to the Supreme Court. The Supreme Court pronounced itself.”
Kuria said that “it means that we gonna deal with him the way Kagame deals with his opponents, the way Museveni deals with his opponents, there is no other way.”`,
    quotes: [
      {
        text: "I can assure you that what is happening in Kenya has nothing to do with the high cost of living. It is nothing but economic terrorism,",
        speaker: "Moses Kuria",
      },
      { text: "had it for too long", speaker: "Moses Kuria", optional: true },
      {
        text: "He (Raila) had it with Kibaki, he had it with Uhuru, it won’t happen again. Take it from me. Then there is not going to be any dividends for democracy,",
        speaker: "Moses Kuria",
      },
      {
        text: "Talk about what? He is a member of a party, he is the leader of the Opposition, he’s got members in parliament, he’s got a sizeable number in that parliament. We have almost half of the Members in Parliament, he can be able to make his case within that Parliament. This rewarding him for undermining institutions, undermining democracy, losing elections all the time and coming out to say talk to me. About what! We had a very transparent election, we went all the way to the Supreme Court. The Supreme Court pronounced itself.",
        speaker: "Moses Kuria",
      },
      {
        text: "it means that we gonna deal with him the way Kagame deals with his opponents, the way Museveni deals with his opponents, there is no other way.",
        speaker: "Moses Kuria",
      },
    ],
  }),
  article({
    id: "ra130-nation-duale-keter-ruto",
    split: "dev",
    url: "https://wardheernews.com/duale-wants-inciters-punished",
    outlet: "WardheerNews (Nation Media Group report reposted)",
    date: "2014-06-29",
    layout: "a Kenyan report with a photo caption first, two men called Keter and two called Ruto (“Mr Keter” is the senator; “the governor” is Isaac Ruto, “Mr William Ruto” the deputy), a subheading that is a name, a quote after “the governor said … He defended … and urged …”; the day is approximate (a Saturday before 7 July 2014)",
    text: `Majority Leader Aden Duale He said legal action should be taken against leaders who incite the public to violence. PHOTO/FILE NATION MEDIA GROUP
Legal action should be taken against leaders who incite the public to violence, National Assembly Majority Leader Aden Duale has said.
He is among Jubilee leaders who have criticised Cord for planning countrywide rallies to push for national dialogue on insecurity, corruption and high cost of living, among other issues.
In Kericho, Senator Charles Keter dared the Opposition to carry out its rally on July 7, saying the Jubilee Government was not prepared to hold any form of dialogue.
Speaking in Kericho Town on Saturday, Mr Keter said Cord could not do anything to force the government to the table. “I am telling Raila (Odinga) that we are not going to talk. So what is he going to do? If Opposition leaders think they are man enough, so are we. They should not think at any point that they can compete with the Jubilee government.”
He urged Opposition leaders to respect President Kenyatta and his deputy, Mr William Ruto, whom he said had been given the mandate to lead Kenyans for five years.
He urged the leaders to find ways of working with the government for the sake of unity.
Mr Keter warned that Mr Odinga’s declaring Saba Saba (July 7) a public holiday could destabilise the country economically.
Isaac Ruto
However, Bomet Governor Isaac Ruto and Nandi Hills MP Alfred Keter, both of Mr Ruto’s URP, supported the call for national dialogue. The governor said the Opposition should have a say in the running of the country.
He defended Cord against allegations that it was plotting to cause instability, and urged the President and his deputy to be “more listening and accommodative”.
“We support the talks because democracy means that though the majority has their way, the minority should also have their say.”`,
    quotes: [
      {
        text: "I am telling Raila (Odinga) that we are not going to talk. So what is he going to do? If Opposition leaders think they are man enough, so are we. They should not think at any point that they can compete with the Jubilee government.",
        speaker: "Charles Keter",
      },
      { text: "more listening and accommodative", speaker: "Isaac Ruto", optional: true },
      {
        text: "We support the talks because democracy means that though the majority has their way, the minority should also have their say.",
        speaker: "Isaac Ruto",
      },
    ],
  }),
];
