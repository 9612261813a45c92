// Word lists the attribution rules read from. English only, like the articles the tool is for.
import { dictFrom } from "@/lib/collections/dict";

/** Verbs that attribute speech, in the forms that follow or precede a quote. */
const SPEECH_VERB_FORMS = `
say says said saying tell tells told telling add adds added adding continue continues continued continuing
note noted noting stress stresses stressed stressing emphasize emphasizes emphasized emphasizing emphasise emphasises
emphasised emphasising warn warns warned warning urge urges urged urging declare declares declared declaring stated stating
remark remarked remarking explain explains explained explaining insist insists insisted insisting argue argues argued arguing
write writes wrote writing ask asks asked asking reply replied replying respond responds responded responding answered
admit admits admitted admitting acknowledge acknowledges acknowledged acknowledging conclude concludes concluded concluding
announce announces announced announcing claimed claiming observe observes observed observing recall recalled recalling
mention mentioned mentioning elaborate elaborates elaborated elaborating reiterate reiterates reiterated reiterating
repeated repeating assert asserts asserted asserting caution cautioned cautioning suggest suggests suggested suggesting
concede concedes conceded conceding confirm confirms confirmed confirming predict predicts predicted predicting pledged
pledging promised promising vow vows vowed vowing tweet tweeted tweeting posted wrote quipped joked exclaimed shouted
complained boasted countered retorted highlighted highlighting underlined underlining underscored underscoring articulated
maintained proclaimed commented commenting testified told
`;

/** Forms that are also common nouns or adjectives: they count only right after their subject. */
const AMBIGUOUS_FORMS = `states notes remarks comments claims answers replies posts calls points warns insists repeats promises pledges
tweets mentions recalls cautions highlights answers`;

/** Verbs that report what someone said without quoting it (paraphrase), besides the speech verbs. */
const REPORTING_ONLY_FORMS = `
urged called welcomed welcomes praised praises criticised criticized criticises criticizes condemned condemns rejected rejects
dismissed dismisses downplayed downplays denied denies advocated advocates advocating proposed proposes believes believed
expressed expresses reaffirmed reaffirms defended defends backed backs endorsed endorses opposed opposes hailed hails
cited cites signalled signaled signals indicated indicates accused accuses demanded demands thanked thanks credited
credits described describes estimated estimates questioned questions appealed appeals stressed voiced voices lamented
`;

/** Verbs naming a phrase rather than reporting speech: “what he called ‘a historic day’”. */
const NAMING_FORMS = `called calls dubbed termed described describes labelled labeled`;

const toSet = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

export const SPEECH_VERBS = toSet(SPEECH_VERB_FORMS);
export const AMBIGUOUS_VERBS = toSet(AMBIGUOUS_FORMS);
export const REPORTING_VERBS = new Set([...SPEECH_VERBS, ...toSet(REPORTING_ONLY_FORMS), ...AMBIGUOUS_VERBS]);
export const NAMING_VERBS = toSet(NAMING_FORMS);
/** Verbs after which the speaker is the one of the quote before (“…,” he added). */
export const CONTINUATION_VERBS = toSet("added adds continued continues went goes concluded");
/** Two-word speech verbs: the first word, and the second it needs (no prototype: any word is looked up). */
export const PHRASAL_VERBS: Record<string, string> = dictFrom({
  pointed: "out",
  points: "out",
  went: "on",
  goes: "on",
  shot: "back",
  hit: "back",
  fired: "back",
  spelled: "out",
  set: "out",
  made: "clear",
  makes: "clear",
  called: "for",
  ruled: "out",
  played: "down",
});
/** The phrasal verbs that attribute a quote, not only report its gist. */
export const SPEECH_PHRASAL = new Set(["pointed", "points", "went", "goes", "shot", "hit", "fired"]);

/** Words that may stand between a subject and its verb: “Rutte later said”, “she has repeatedly warned”. */
export const VERB_FILLERS = toSet(`has have had was is will would also again then later once further first earlier previously
repeatedly often firmly flatly bluntly simply quickly recently yesterday today clearly openly publicly privately already
separately subsequently consistently has've not never just still himself herself on monday tuesday wednesday thursday
friday saturday sunday this morning afternoon evening night week`);

// “They” is left out on purpose: it mostly stands for a group, never for one speaker to resolve.
export const SUBJECT_PRONOUNS: Record<string, "he" | "she"> = dictFrom<"he" | "she">({ he: "he", she: "she" });
export const POSSESSIVE_PRONOUNS: Record<string, "he" | "she"> = dictFrom<"he" | "she">({ his: "he", her: "she" });

/** Nouns for what someone said, after a possessive: “his emphasis on ‘…’”, “Rutte’s careful phrasing, ‘…’”. */
export const SPEECH_NOUNS = toSet(`remarks remark comments comment words phrasing phrase statement statements warning warnings message
emphasis focus insistence assertion assertions reference references call calls appeal plea pledge promise speech address
reply response answer tone language description argument arguments claim claims vow admission acknowledgment acknowledgement
view views verdict line mantra slogan wording declaration praise assurance assurances proposal criticism
rejection dismissal demand demands request urging tribute tributes letter`);

/** Words that start a description of a speaker who is not named: “a Kremlin spokesman said”. */
export const DESCRIPTOR_STARTS = toSet(
  "a an the one another two three several some many other senior officials diplomats analysts experts",
);

/** Title words stripped from the front of a name: “Polish Foreign Minister Radek …”. */
export const TITLE_WORDS =
  toSet(`president prime minister minster chancellor secretary general foreign defence defense deputy vice senior chief
ambassador admiral senator governor mayor dr mr mrs ms miss professor prof commissioner high representative spokesperson
spokesman spokeswoman analyst researcher lieutenant colonel major captain commander king queen prince princess pope
former acting interim state economy finance interior justice trade health opposition leader director head chair chairman
chairwoman ceo envoy official executive fellow editor reporter correspondent lawmaker mp mep sir lord lady dame author
sergeant general sen rep gov pres hon rt
nato eu un us uk u s kremlin white house pentagon
american british canadian french german polish dutch belgian italian spanish portuguese estonian latvian lithuanian finnish
swedish norwegian danish icelandic irish scottish welsh ukrainian russian belarusian chinese japanese korean indian turkish
greek hungarian czech slovak slovenian croatian romanian bulgarian austrian swiss australian israeli iranian iraqi syrian
saudi egyptian brazilian mexican moldovan georgian armenian european luxembourgish albanian montenegrin macedonian serbian`);

/** Capitalised words that are never part of a person's name. */
export const NOT_NAME_WORDS = toSet(`the a an in on at but and or when while after before during as if this that these those it he she they
we i you his her their our its asked earlier later last next according despite although though since for with from by to of yes
no still also then there here what why how who where meanwhile however moreover speaking asked nato eu un union house ministry
council commission institute university agency committee forces army navy office department republic kingdom states nations
party parliament government kremlin pentagon reuters bbc cnn summit alliance brussels moscow kyiv kiev washington warsaw
paris berlin london beijing rome madrid tallinn riga vilnius helsinki stockholm oslo copenhagen ankara hague ukraine russia poland
france germany china europe america britain baltic pacific atlantic sea north south east west monday tuesday wednesday
thursday friday saturday sunday january february march april may june july august september october november december
street times post news press center centre foundation bank fund group court senate congress city county province region
today tomorrow yesterday q a question answer moderator mr mrs ms dr quick takes photo read more related update
secretary general minister president prime chancellor ambassador spokesperson spokesman spokeswoman chief defence defense
foreign our my your ok okay well thank thanks good morning afternoon evening ladies gentlemen god new san los las saint
united great hong kuala buenos rio airport base square river island islands bay mountains hotel palace hall church school
station port bridge road avenue county district valley lake headquarters secretariat command embassy staff
one two three force forces article affairs`);

/** Role labels of transcript turns that are not a person's name. */
export const ROLE_LABELS = toSet(`q a question answer moderator interviewer host presenter reporter journalist audience participant
chair chairman chairwoman speaker spokesperson unidentified unknown male female voice narrator anchor caller member panelist
panellist guest official translator interpreter`);

/** Labels followed by a colon that are article furniture, not a speaker. */
export const NON_SPEAKER_LABELS = toSet(`note update photo image caption credit source sources read more related watch listen tags topics
share subscribe advertisement background correction editor editor's editors key points why it matters what next see also
contact email tel phone fax date time location place dateline by published updated filed copyright warning disclaimer
summary tl;dr tldr p.s ps nb also quick takes highlights interview transcript exclusive analysis opinion comment breaking live
video audio podcast factbox explainer timeline profile review previously earlier meanwhile elsewhere tag tags archive archives
print`);

/**
 * Closed-class words (conjunctions, prepositions, subordinators, adverbs of time and manner): a
 * speaker is a person or an organisation, never one of these (“…,” and added / before adding / when asked).
 */
export const FUNCTION_WORDS = toSet(`and but or nor so yet for because although though while whereas if unless until when whenever where
before after since as than then once also again still just only even already soon later earlier now here there thus hence
however meanwhile moreover furthermore therefore instead otherwise besides indeed perhaps maybe not never always often
in on at by with without from to into onto of off over under about above below between among through during against
toward towards upon within across along around behind beyond despite except like near per via whether which who whom whose
what that this these those it its itself there's it's he she they we i you him her them us me asked adding saying stating
noting telling speaking answering replying according`);
