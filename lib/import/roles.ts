// Role nouns as speakers: “the president”, “NATO's chief”, “the Secretary General”, “the US
// president”, “the president of the Commission”. The directory carries each person's roles over
// time; a role noun stands for whoever held a matching role on the text's date, narrowed by the
// organisation it names, and, when several people qualify, by who the text named last.
import type { RolePeriod } from "@/lib/people/roles";
import type { Token } from "./speakers";
import type { SpeakerDirectory } from "./types";

/** Words of a title as written, mapped to the canonical title words they stand for. */
const TITLE_SYNONYMS: Record<string, string> = {
  pm: "prime minister",
  minster: "minister",
  "secretary-general": "secretary general",
  defense: "defence",
  spokesman: "spokesperson",
  spokeswoman: "spokesperson",
};

/**
 * The ways one title is written: “Minister of Foreign Affairs” is also “Foreign Minister”, and
 * “Defence Minister” is also “Minister of Defence”; US and British spellings are one.
 */
export function titleForms(title: string): string[] {
  const canonical = title
    .split(" ")
    .map((w) => TITLE_SYNONYMS[w] ?? w)
    .join(" ");
  const forms = new Set([canonical]);
  const minister = /^minister (?:of|for) (?:the )?(.+?)(?: affairs)?$/.exec(canonical);
  if (minister) forms.add(`${minister[1]} minister`);
  const reverse = /^(\w+) minister$/.exec(canonical);
  if (reverse && reverse[1] !== "prime") {
    forms.add(`minister of ${reverse[1]}`);
    forms.add(`minister of ${reverse[1]} affairs`);
    forms.add(`minister for ${reverse[1]}`);
  }
  // A president is the head of state a release calls him by (“the Head of State said”).
  if (canonical === "president") forms.add("head of state");
  return [...forms];
}
/** Heads that stand for the top role of the organisation named with them: “NATO chief”, “the alliance's head”. */
const TOP_HEADS = new Set(["chief", "head", "leader", "boss"]);
const TOP_TITLES = ["secretary general", "president", "prime minister", "chancellor", "director general", "secretary-general"];

/** Common ways of naming an organisation or country besides its own name. */
const ORGANISATION_WORDS: Record<string, string[]> = {
  "united states": ["us", "u s", "america", "american", "washington", "white house"],
  "united kingdom": ["uk", "u k", "britain", "british", "downing street"],
  nato: ["alliance", "nato's", "atlantic alliance"],
  "european commission": ["commission", "eu", "european union"],
  "european union": ["eu", "bloc", "european"],
  "european council": ["council", "eu"],
  "european parliament": ["parliament"],
  "united nations": ["un", "u n", "world body"],
  france: ["french", "élysée", "elysee"],
  germany: ["german", "berlin"],
  spain: ["spanish", "madrid"],
  netherlands: ["dutch"],
  slovakia: ["slovak"],
  ukraine: ["ukrainian", "kyiv"],
  russia: ["russian", "kremlin"],
  finland: ["finnish"],
  lithuania: ["lithuanian"],
  australia: ["australian"],
  estonia: ["estonian"],
  "state department": ["state department", "state"],
};

const normalise = (text: string) =>
  text
    .toLowerCase()
    .replace(/[’']s\b/g, "")
    .replace(/[-‐‑]/g, " ")
    .replace(/[^\p{L}\p{N} ]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();

interface Holder {
  person: number;
  /** The title in each of the ways it is written (titleForms). */
  titles: string[];
  organisation: string;
  orgWords: Set<string>;
  /** The organisation's name and its other names, without the single words of its name. */
  orgNames: string[];
}

export interface RoleMatch {
  /** Indexes into the directory of everyone the phrase may stand for (before recency). */
  people: number[];
  /** Tokens the phrase spans. */
  tokenEnd: number;
}

const covers = (role: RolePeriod, day: string | null) =>
  day === null ? !role.endDate : (!role.startDate || role.startDate <= day) && (!role.endDate || role.endDate >= day);

export class RoleResolver {
  private readonly holders: Holder[] = [];
  /** First title word → the titles that start with it (longest first). */
  private readonly titlesByFirst = new Map<string, string[][]>();

  constructor(directory: SpeakerDirectory, day: string | null) {
    directory.forEach((entry, person) => {
      for (const role of entry.roles ?? []) {
        if (!covers(role, day)) continue;
        const titles = titleForms(normalise(role.title));
        const organisation = normalise(role.organisation);
        const orgWords = new Set([
          organisation,
          ...organisation.split(" ").filter((w) => w.length > 2),
          ...(ORGANISATION_WORDS[organisation] ?? []),
        ]);
        this.holders.push({
          person,
          titles,
          organisation,
          orgWords,
          orgNames: [organisation, ...(ORGANISATION_WORDS[organisation] ?? [])],
        });
        for (const title of titles) {
          const words = title.split(" ");
          const list = this.titlesByFirst.get(words[0]!) ?? [];
          if (!list.some((t) => t.join(" ") === title)) list.push(words);
          list.sort((a, b) => b.length - a.length);
          this.titlesByFirst.set(words[0]!, list);
        }
      }
    });
  }

  get empty(): boolean {
    return this.holders.length === 0;
  }

  /**
   * The role phrase whose title starts at token `i` (“president” in “the US president”), with the
   * organisation words before it (“US”, “NATO's”, “the alliance's”) and after it (“of the
   * Commission”). Null when no directory role matches, or when a name follows the title (“President
   * Trump” is a name with a title, handled as a name).
   */
  matchAt(text: string, tokens: readonly Token[], i: number): RoleMatch | null {
    const word = TITLE_SYNONYMS[tokens[i]!.norm] ?? tokens[i]!.norm;
    const first = word.split(" ")[0]!;
    let titleWords: string[] | undefined;
    let length = 0;
    for (const title of this.titlesByFirst.get(first) ?? []) {
      const got: string[] = [];
      let k = i;
      while (k < tokens.length && got.join(" ").split(" ").filter(Boolean).length < title.length) {
        got.push(TITLE_SYNONYMS[tokens[k]!.norm] ?? tokens[k]!.norm);
        k++;
      }
      if (got.join(" ") === title.join(" ")) {
        titleWords = title;
        length = k - i;
        break;
      }
    }
    const top = !titleWords && TOP_HEADS.has(tokens[i]!.norm);
    if (!titleWords && !top) return null;
    const end = i + (top ? 1 : length);
    // A capitalised name right after the title: “President Trump”, “Secretary General Mark Rutte”.
    const next = tokens[end];
    if (next && next.capital && /^[ \t]+$/.test(text.slice(tokens[end - 1]!.end, next.start)) && !tokens[end - 1]!.possessive) return null;
    // Organisation words before the title, back to an article or the start of the phrase.
    const before: string[] = [];
    let k = i - 1;
    let determined = false;
    while (k >= 0 && i - k <= 4) {
      const token = tokens[k]!;
      const gap = text.slice(token.end, tokens[k + 1]!.start);
      if (!/^[ \t\u00a0]*['’]?s?[ \t\u00a0]*$/.test(gap) && !/^[ \t]+$/.test(gap)) break;
      if (token.norm === "the" || token.norm === "its" || token.norm === "their") {
        determined = true;
        break;
      }
      if (["a", "an", "one", "former", "ex", "new", "incoming", "outgoing", "late"].includes(token.norm)) return null;
      before.unshift(token.norm);
      k--;
    }
    // “of the Commission”, “of NATO”
    const after: string[] = [];
    let tokenEnd = end;
    if (tokens[end]?.norm === "of" || tokens[end]?.norm === "for") {
      let m = end + 1;
      if (tokens[m]?.norm === "the") m++;
      while (m < tokens.length && m - end <= 4 && tokens[m]!.capital) {
        after.push(tokens[m]!.norm);
        m++;
      }
      if (after.length) tokenEnd = m;
    }
    const qualifiers = [...before, ...after];
    if (!determined && qualifiers.length === 0 && !tokens[i]!.capital) return null;
    if (top && qualifiers.length === 0) return null;
    const qualifierText = normalise(qualifiers.join(" "));
    // How many of the qualifier's words a holder's organisation accounts for: “EU Commission” is the
    // Commission's (both words), not the European Council's (“EU” only).
    const covered = (holder: Holder) => {
      const words = qualifierText.split(" ").filter(Boolean);
      return words.filter((w) => [...holder.orgWords].some((o) => o.split(" ").includes(w))).length;
    };
    const fits = (holder: Holder) =>
      (top ? holder.titles.some((t) => TOP_TITLES.includes(t)) : holder.titles.includes(titleWords!.join(" "))) &&
      (qualifiers.length === 0 || [...holder.orgWords].some((w) => ` ${qualifierText} `.includes(` ${w} `)));
    let fitting = this.holders.filter(fits);
    if (qualifiers.length && fitting.length > 1) {
      const best = Math.max(...fitting.map(covered));
      fitting = fitting.filter((h) => covered(h) === best);
    }
    const people = [...new Set(fitting.map((h) => h.person))];
    return people.length ? { people, tokenEnd } : null;
  }

  /**
   * Of several people a bare title may stand for, those whose organisation the text names (“the
   * Secretary-General” in a text that speaks of the United Nations, not of NATO).
   */
  namedIn(people: readonly number[], text: string): number[] {
    const words = ` ${normalise(text)} `;
    return people.filter((person) =>
      this.holders.some((h) => h.person === person && h.orgNames.some((name) => words.includes(` ${normalise(name)} `))),
    );
  }
}
