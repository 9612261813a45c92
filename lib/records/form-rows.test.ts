import { describe, expect, it } from "vitest";
import { remapRowIssues, submittedIndexes, submittedList, submittedRows } from "./form-rows";

const values = {
  name: "X",
  "roles.0.title": "",
  "roles.0.startDate": "",
  "roles.2.title": "PM",
  "roles.2.startDate": "2020-01-01",
  "roles.10.title": "",
  "roles.10.startDate": "2021-01-01",
  "aliases.0": "A",
  "aliases.1": " ",
  "aliases.2": "B",
  "rolesX.5.title": "not a role",
};

describe("repeatable form rows", () => {
  it("finds the submitted indexes in numeric order", () => {
    expect(submittedIndexes(values, "roles")).toEqual([0, 2, 10]);
    expect(submittedIndexes(values, "aliases")).toEqual([0, 1, 2]);
  });

  it("drops blank rows and remembers where each kept row came from", () => {
    expect(submittedRows(values, "roles", ["title", "startDate"] as const)).toEqual({
      rows: [
        { title: "PM", startDate: "2020-01-01" },
        { title: "", startDate: "2021-01-01" },
      ],
      indexes: [2, 10],
    });
    expect(submittedList(values, "aliases")).toEqual({ items: ["A", "B"], indexes: [0, 2] });
  });

  it("maps errors back to the submitted row", () => {
    const issues = [
      { path: ["roles", 1, "title"], message: "Enter the role's title." },
      { path: ["aliases", 1], message: "Too long" },
      { path: ["roles"], message: "Too many" },
      { path: ["name"], message: "Required" },
    ];
    expect(remapRowIssues(issues, { roles: [2, 10], aliases: [0, 2] }).map((i) => i.path)).toEqual([
      ["roles", 10, "title"],
      ["aliases", 2],
      ["roles"],
      ["name"],
    ]);
  });
});
