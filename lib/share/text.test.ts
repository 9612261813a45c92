import { describe, expect, it } from "vitest";
import { drawableText, isRightToLeft, truncateOnWord } from "./text";

describe("truncateOnWord", () => {
  it("keeps short text, with whitespace runs made single spaces", () => {
    expect(truncateOnWord("We will\n\n stand  by Ukraine.", 50)).toBe("We will stand by Ukraine.");
  });

  it("cuts on the last word that fits and ends with an ellipsis", () => {
    const cut = truncateOnWord("Deterrence works when it is credible and everybody knows it", 30);
    expect(cut).toBe("Deterrence works when it is…");
    expect([...cut].length).toBeLessThanOrEqual(30);
  });

  it("drops punctuation left before the ellipsis", () => {
    expect(truncateOnWord("One, two, three, four, five, six", 17)).toBe("One, two, three…");
  });

  it("cuts text without spaces between characters, never inside a surrogate pair or a flag", () => {
    expect(truncateOnWord("我们将与乌克兰站在一起我们将与乌克兰站在一起", 10)).toBe("我们将与乌克兰站在…");
    const flags = truncateOnWord("🇺🇦🇺🇦🇺🇦🇺🇦🇺🇦", 3);
    expect(flags).toBe("🇺🇦🇺🇦…");
  });
});

describe("drawableText", () => {
  it("replaces characters no font has and drops joiners", () => {
    const latinOnly = (cp: number) => cp < 0x250;
    expect(drawableText("Kyiv 東京 ok", latinOnly)).toBe("Kyiv □□ ok");
    expect(drawableText("a\u200db\ufe0f", latinOnly)).toBe("ab");
  });
});

describe("isRightToLeft", () => {
  it("is true for Hebrew and Arabic, false for Latin with a Hebrew word", () => {
    expect(isRightToLeft("אנחנו נעמוד לצד אוקראינה")).toBe(true);
    expect(isRightToLeft("سنقف مع أوكرانيا")).toBe(true);
    expect(isRightToLeft("The word שלום means peace in Hebrew")).toBe(false);
  });
});
