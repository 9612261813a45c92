import { describe, expect, it } from "vitest";
import { labelFromName, summaryItems } from "./errors";

describe("the error summary's items", () => {
  it("lists each field's messages once, with its label, in the order given", () => {
    const items = summaryItems(
      {
        text: ["Enter what was said.", "Enter what was said."],
        "speaker.id": ["Choose who said it."],
        form: ["Ignored"],
        kind: [],
        "date.day": undefined,
      },
      "The statement was not saved.",
      (name) => ({ text: "Text", "speaker.id": "Speaker" })[name],
    );
    expect(items).toEqual([
      { name: "text", label: "Text", message: "Enter what was said." },
      { name: "speaker.id", label: "Speaker", message: "Choose who said it." },
    ]);
  });

  it("leaves out a message that only repeats another field's label and message", () => {
    const items = summaryItems({ "a.0": ["Same."], "a.1": ["Same."] }, undefined, () => "Row");
    expect(items).toHaveLength(1);
  });

  it("names fields without a label from their form names", () => {
    expect(labelFromName("title")).toBe("Title");
    expect(labelFromName("publishedOn")).toBe("Published on");
    expect(labelFromName("topics.1.stance")).toBe("Topic 2: stance");
    expect(labelFromName("c.3.speaker.id")).toBe("Candidate 4: speaker");
    expect(labelFromName("c.3")).toBe("Candidate 4");
    expect(labelFromName("roles.0.startDate")).toBe("Role 1: start date");
  });
});
