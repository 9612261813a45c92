import { describe, expect, it } from "vitest";
import { parseRecordId } from "./ids";

describe("parseRecordId", () => {
  it("takes positive whole numbers that fit exactly, and nothing else", () => {
    expect(parseRecordId("1")).toBe(1);
    expect(parseRecordId("9007199254740991")).toBe(9007199254740991);
    for (const raw of [
      "abc",
      "-1",
      "1.5",
      "0",
      "01",
      "1e3",
      " 7",
      "7 ",
      "+7",
      "",
      "99999999999999999999",
      "9007199254740993",
      "0x10",
      "１２",
      undefined,
      7,
      null,
    ]) {
      expect(parseRecordId(raw), String(raw)).toBeNull();
    }
  });
});
