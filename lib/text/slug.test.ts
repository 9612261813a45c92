import { describe, expect, it } from "vitest";
import { SLUG_MAX_LENGTH, SLUG_PATTERN, slugify } from "./slug";

describe("slugify", () => {
  it("lowercases and joins words with single hyphens", () => {
    expect(slugify("Emmanuel Macron")).toBe("emmanuel-macron");
    expect(slugify("  Ursula   von der  Leyen ")).toBe("ursula-von-der-leyen");
  });

  it("drops accents and transliterates letters without a decomposition", () => {
    expect(slugify("Łódź Śródmieście")).toBe("lodz-srodmiescie");
    expect(slugify("Olaf Scholz – Straße")).toBe("olaf-scholz-strasse");
    expect(slugify("Søren Ørsted")).toBe("soren-orsted");
  });

  it("removes apostrophes inside words and punctuation elsewhere", () => {
    expect(slugify("Beto O'Rourke")).toBe("beto-orourke");
    expect(slugify("Aid to Ukraine: 2025/26 (draft)")).toBe("aid-to-ukraine-2025-26-draft");
  });

  it("returns an empty slug when nothing Latin is left", () => {
    expect(slugify("Путин")).toBe("");
    expect(slugify("!!!")).toBe("");
  });

  it("stays within the maximum length without a trailing hyphen", () => {
    const slug = slugify("word ".repeat(40));
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    expect(slug).toMatch(SLUG_PATTERN);
  });
});
