// A sixth set of real texts for the dev split (session 9), found after the rules of that session
// were written and annotated by hand before they were run: a No. 10 lobby briefing reading out the
// Prime Minister's statement in single marks over three paragraphs, English regional papers and
// trade sites (a leader's quote over paragraphs with a newsletter sign-up inside it, an editor's
// quote over four reopening paragraphs and one the excerpt ends inside, a resignation statement
// after “says:”), a community council row reported in a forum's archive (two people called
// Campbell, “Mr Bush:”, captions with colons, a quote left open) and an Australian regional paper
// (a letter's partial quote, “Cr X”, quotes over reopening paragraphs).
import type { RealArticle } from "./types";

const article = (a: Omit<RealArticle, "kind">): RealArticle => ({ kind: "article", ...a });

export const s9DevArticles: RealArticle[] = [
  article({
    id: "ra101-scoop-no10-gibbons",
    split: "dev",
    url: "https://scoop.co.nz/stories/WO0712/S00178/no-10-morning-press-briefing-from-3-dec-2007.htm",
    outlet: "Scoop (No. 10 morning press briefing)",
    date: "2007-12-03",
    layout: "lobby briefing: “The PMS read out the Prime Minister's statement;” then the statement in single marks over three paragraphs that do not reopen, a plural possessive (Gibbons') inside it, then reported speech",
    text: `No. 10 Morning Press Briefing From 3 Dec 2007
Briefing from the British Prime Minister's Spokesman
on: Sudan, Russia, Flood Heroes, Reception, Child Poverty,
Afghanistan, Lord Ashdown, EU African Summit And Misc.
Morning press briefing from 3 December 2007
Sudan
The Prime Minister's Spokesman (PMS) started by highlighting the Prime Minister's statement and the words he recorded whilst at the Royal Marsden Hospital, regarding Gillian Gibbons' release. The PMS read out the Prime Minister's statement;
'I was delighted and relieved to hear the news that Gillian Gibbons is to be freed. Common sense has prevailed. She will be released into the care of our embassy in Khartoum after what must have been a difficult ordeal.
Through the course of Ms Gibbons' detention I was glad to see Muslim support groups across the UK express strong support for her case.
I applaud the particular efforts of Lord Ahmed and Baroness Warsi in securing her freedom. I am also grateful to our officials for all their work behind the scenes.'
The PMS also told journalists that the Prime Minister had spoken to Ms Gibbons' family again that morning.
Asked if there were any details of the logistics concerning Gillian Gibbons' return, the PMS replied, no, not at this stage but obviously we were focused on getting her back to the UK safely.`,
    quotes: [
      {
        text: "I was delighted and relieved to hear the news that Gillian Gibbons is to be freed. Common sense has prevailed. She will be released into the care of our embassy in Khartoum after what must have been a difficult ordeal. Through the course of Ms Gibbons' detention I was glad to see Muslim support groups across the UK express strong support for her case. I applaud the particular efforts of Lord Ahmed and Baroness Warsi in securing her freedom. I am also grateful to our officials for all their work behind the scenes.",
        speaker: "Gordon Brown",
      },
    ],
  }),
  article({
    id: "ra102-lep-south-ribble-green",
    split: "dev",
    url: "https://www.lep.co.uk/news/politics/south-ribble-council-leader-quits-ahead-no-confidence-vote-560290",
    outlet: "Lancashire Evening Post",
    date: "2018-10-15",
    layout: "regional paper: a partial quote, then “A tearful Coun Green said:” and a quote over four reopening paragraphs with a newsletter sign-up printed between the first two",
    text: `South Ribble Council leader quits ahead of no confidence vote

The leader of South Ribble Council has resigned after just five months in the hot seat.

Monday, 15th October 2018, 3:09 pm
Updated Monday, 15th October 2018, 4:13 pm
Coun Mary Green has resigned as leader of South Ribble Council

Coun Mary Green announced she was standing down this afternoon, just hours before a meeting to call for a vote of no confidence in her leadership.

And in a bitter parting shot, the 69-year-old blamed members of her own Tory group - as well as a "shocking character assassination" by Labour - for making her job untenable.

A tearful Coun Green said: "I'm absolutely devastated by what's been going on.

Sign up to our daily newsletter

The i newsletter cut through the noise

"The Labour party has stooped to gutter politics by saying things about me (in the media) that were blatantly untrue. They have been really brutal and made a nasty and personal attack on my character.

"But to get no support from members of my own party is very hurtful. There is a power struggle going on within the group and certain councillors have refused to be team players, they haven't played ball with me from the word go.

"Some of these people voted for me as leader back in May. So what is going on?"

The news is the latest episode in a leadership saga - Coun Green was the authority's fourth in less than two years when she was appointed in May.`,
    quotes: [
      { text: "shocking character assassination", speaker: "Mary Green", optional: true },
      {
        text: "I'm absolutely devastated by what's been going on. The Labour party has stooped to gutter politics by saying things about me (in the media) that were blatantly untrue. They have been really brutal and made a nasty and personal attack on my character. But to get no support from members of my own party is very hurtful. There is a power struggle going on within the group and certain councillors have refused to be team players, they haven't played ball with me from the word go. Some of these people voted for me as leader back in May. So what is going on?",
        speaker: "Mary Green",
      },
    ],
  }),
  article({
    id: "ra103-caithness-wick-community-council",
    split: "dev",
    url: "http://forum.caithness.org/archive/index.php/t-135247.html",
    outlet: "Caithness.org forum (a local paper's report reposted)",
    date: "2011-02-08",
    layout: "a council row: two women called Campbell (“Mrs Campbell”, “Chairwoman Coreen Campbell:”), “Mr Bush:” glued to its quote, a quote never closed, a “She then rose” whose antecedent is the resigner named earlier, an unnamed member's words",
    text: `Councillor resigns during row

A WICK community councillor dramatically resigned this week, saying she had had enough of a fellow member’s approach to council life.
Discontent has been simmering since Laurel Bush joined the Royal Burgh of Wick Community Council, last year.
Since then he has persistently requested information on a series of topics and been critical of how the council was being run. At a previous sitting, in December, he went so far as to make an unsuccessful motion that the meeting was “incompetent” and “invalid”.
Members have become increasingly irritated by Mr Bush’s attitude but have endeavoured to answer his queries, to the best of their abilities. However, their patience ran out last night (Monday) when tempers became frayed and a row erupted with local pub boss Wendy Campbell walking out, and making it clear she wouldn't be coming back.
The trouble began at the current session when Mr Bush circulated a paper questioning the council’s sub groups and their constitution and actions.
Mrs Campbell invited Mr Bush to become a member of all of the groups and rapped: “All you have done since you came on this council is to criticise it. Are you going to come on the groups...yes or no, instead of criticising and giving us headaches and all this c**p.
Chairwoman Coreen Campbell: “I came on the community council to help get things done. None of us can understand why you decided to become a community councillor”
Mr Bush:”It is something I am very keen on.”
Coreen Campbell: “We would prefer if you to be positive rather than negative”.
She then rose, declared she was resigning and, replying to a well-meaning member who commented: “You’ll be back” said: “I don’t think so.”
Councillor Geraldine Durrand, referring to the resignation, predicted: “This is going to happen, more and more”.`,
    quotes: [
      { text: "incompetent", speaker: "Laurel Bush", optional: true },
      { text: "invalid", speaker: "Laurel Bush", optional: true },
      {
        text: "All you have done since you came on this council is to criticise it. Are you going to come on the groups...yes or no, instead of criticising and giving us headaches and all this c**p.",
        speaker: "Wendy Campbell",
      },
      {
        text: "I came on the community council to help get things done. None of us can understand why you decided to become a community councillor",
        speaker: "Coreen Campbell",
      },
      { text: "It is something I am very keen on.", speaker: "Laurel Bush" },
      { text: "We would prefer if you to be positive rather than negative", speaker: "Coreen Campbell" },
      { text: "You’ll be back", speaker: null, optional: true },
      { text: "I don’t think so.", speaker: "Wendy Campbell" },
      { text: "This is going to happen, more and more", speaker: "Geraldine Durrand" },
    ],
  }),
  article({
    id: "ra104-holdthefrontpage-echo-williams",
    split: "dev",
    url: "http://www.holdthefrontpage.co.uk/2013/news/city-council-leader-quits-after-regional-dailys-expose/",
    outlet: "HoldTheFront Page",
    date: "2013-04-26",
    layout: "trade site: “X said:” over a quote of four reopening paragraphs, a photo caption, a partial quote, “Added Ian:” (the speaker by first name) over a quote the excerpt ends inside",
    text: `City council leader quits after regional daily’s exposé

A city council leader has been forced to resign after a 12-month investigation into his conduct by a regional daily.

Over the past year, the Southern Daily Echo published several allegations against Southampton city councillor Richard Williams including verbal abuse and dishonesty.

The series of articles resulted in an official report concluding that Mr Williams has failed to live up to the standards of an elected representative,  but council bosses redacted 62 of the 85 pages before releasing it to the public.

However after  the paper decided to publish some of the redacted information, the councillor finally resigned from all of his posts and stood down from the authority.

Echo editor-in-chief Ian Murray said:  “This was a clear example of a local paper doing its job policing local democracy.

“It was shocking in the end that the council’s legal department attempted to silence us with threats before we published our investigations based on their own report.

“This was a clear matter of public interest. If we had not lifted the lid on this issue then no one else would have revealed what was going on.

“As a lesson in why a free and vibrant local press is needed to scrutinise local democracy I can think of no better example.”

The Southern Daily Echo's splash after the city council leader resigned on Thursday (April 25)

The original story, he said, came from “good solid reporting” by their then-local government correspondent Matt Smith.

It emerged after the council put out press note saying that a cabinet member had resigned on health grounds.

Matt phoned him at home for chat, felt all was not right with the line being put out and eventually managed to get him to admit that it was a cover up – he had wanted to resign in protest against council cuts and Coun Williams had persuaded him to lie.

Added Ian:  “After bluff and bluster the leader came clean that`,
    quotes: [
      {
        text: "This was a clear example of a local paper doing its job policing local democracy. It was shocking in the end that the council’s legal department attempted to silence us with threats before we published our investigations based on their own report. This was a clear matter of public interest. If we had not lifted the lid on this issue then no one else would have revealed what was going on. As a lesson in why a free and vibrant local press is needed to scrutinise local democracy I can think of no better example.",
        speaker: "Ian Murray",
      },
      { text: "good solid reporting", speaker: "Ian Murray", optional: true },
      { text: "After bluff and bluster the leader came clean that", speaker: "Ian Murray" },
    ],
  }),
  article({
    id: "ra105-conservativehome-theobald",
    split: "dev",
    url: "https://www.conservativehome.com/localgovernment/2009/12/conservative-council-leader-resigns.html",
    outlet: "ConservativeHome",
    date: "2009-12-04",
    layout: "blog: “Cllr X says:” over a statement of five reopening paragraphs, a newspaper headline in single marks inside it (date approximate: the month is known)",
    text: `Cllr Bernard Theobald has resigned as the Conservative leader of West Lindsey District Council.

Cllr Theobald says:

"On Tuesday of this week a report appeared in the Lincolnshire Echo under the heading, 'Revealed: The Truth Behind Planning Outcry' claiming that a planning application submitted by me has resulted in an officer's suspension and investigation by the Audit Commission.

"This report is wholly unfounded and has been passed to my lawyers.

"However, I am of the opinion that the aspersions cast on my reputation and integrity in that report make my position as council leader untenable until these accusations can be properly revoked.

"This report not only harms me but I believe, serves to bring the council and my colleagues into disrepute.

"I have therefore, with the greatest regret, decided to stand down from my position of leader of the council whilst challenging the accuracy and facts in this newspaper report."`,
    quotes: [
      {
        text: "On Tuesday of this week a report appeared in the Lincolnshire Echo under the heading, 'Revealed: The Truth Behind Planning Outcry' claiming that a planning application submitted by me has resulted in an officer's suspension and investigation by the Audit Commission. This report is wholly unfounded and has been passed to my lawyers. However, I am of the opinion that the aspersions cast on my reputation and integrity in that report make my position as council leader untenable until these accusations can be properly revoked. This report not only harms me but I believe, serves to bring the council and my colleagues into disrepute. I have therefore, with the greatest regret, decided to stand down from my position of leader of the council whilst challenging the accuracy and facts in this newspaper report.",
        speaker: "Bernard Theobald",
      },
      { text: "Revealed: The Truth Behind Planning Outcry", speaker: null, optional: true },
    ],
  }),
  article({
    id: "ra106-guardian-au-wakool-councillors",
    split: "dev",
    url: "https://theguardian.com.au/2017/2015/12/11/wakool-shire-councillors-resign",
    outlet: "The Guardian (Swan Hill, Australia)",
    date: "2015-12-11",
    layout: "regional paper: a partial quote from a letter, “…,” Mr X wrote to Mr Y., “Cr X” and “he said”, a quote over two reopening paragraphs, a partial quote with an editorial insertion",
    text: `TWO Wakool Shire councillors have resigned amid a longstanding dispute with the mayor, with both parties presenting alternate accounts of what has happened.
Anthony Jackson and Colin Membrey tendered their resignation to the council last week and were not present at its December business meeting on Wednesday.
In his resignation letter, Mr Jackson accused Wakool Shire Mayor Neil Gorey of having an “autocratic style of leadership and conduct” that was detrimental to the shire.
Mr Jackson, who stood down as deputy mayor in August citing a lack of communication and consultation with the mayor as his reasons, said the situation regarding councillor access to information and communication had not improved since that point.
He also accused the mayor of trying to negotiate the exit from council of general manager Bruce Graham, without the approval of other councillors.
“It seems to be a personal issue the mayor has with you, senior staff and other councillors, that drives his actions,” Mr Jackson wrote to Mr Graham.
Cr Gorey had a different account of affairs, however, saying there had been ongoing issues with both Mr Jackson and Mr Membrey over the past 12 months or more.
“One of the councillors wears two hats in that he’s a property developer and also a councillor,” he said.
“Those two councillors, as members of a community organisation, were clashing with other community groups as well.
“There have been other ongoing concerns with the organisation for some time, but because of ongoing processes I’m not at liberty at this stage to comment too much.”
Though wishing not to be drawn on the subject of an alleged code of conduct investigation into council members, Cr Gorey said he was “aware of ongoing issues and [had] been concerned with certain behaviours throughout the organisation for some time”.
He also said both former councillors had attempted to remove the general manager in the past.`,
    quotes: [
      { text: "autocratic style of leadership and conduct", speaker: "Anthony Jackson" },
      {
        text: "It seems to be a personal issue the mayor has with you, senior staff and other councillors, that drives his actions,",
        speaker: "Anthony Jackson",
      },
      { text: "One of the councillors wears two hats in that he’s a property developer and also a councillor,", speaker: "Neil Gorey" },
      {
        text: "Those two councillors, as members of a community organisation, were clashing with other community groups as well. There have been other ongoing concerns with the organisation for some time, but because of ongoing processes I’m not at liberty at this stage to comment too much.",
        speaker: "Neil Gorey",
      },
      {
        text: "aware of ongoing issues and [had] been concerned with certain behaviours throughout the organisation for some time",
        speaker: "Neil Gorey",
      },
    ],
  }),
];
