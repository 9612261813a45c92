// Guards against keys that are names of Object.prototype members. Words of an imported text,
// topic names, query parameter names, JSON member names and form field names are chosen by
// clients; a lookup or accumulator on a plain object answers `constructor` or `toString` with a
// function and lets `__proto__` swap a prototype. Each name goes through import, every route
// handler and every form action: no 500, no throw, no function in echoed values.
import { beforeAll, describe, expect, it } from "vitest";
import { savedNotice } from "@/components/manage-page";
import { initialFormState } from "@/lib/forms/state";
import { formValues, keptValue } from "@/lib/forms/state";
import { extractCandidates } from "@/lib/import/extract";
import { suggestTopics } from "@/lib/import/topics";
import { parseStatementListQuery } from "@/lib/api/params";
import { ApiError } from "@/lib/api/errors";
import { parseTimelineFilters } from "@/lib/statements/filters";
import { signInAs } from "@/lib/testing/users";
import { importAction } from "@/app/manage/import/actions";
import { createTopicAction } from "@/app/manage/topics/actions";
import { db } from "@/lib/db/client";
import { callRoute, expectSafeValues, FORM_ACTIONS, GENERIC_FAILURE, ROUTES, runAction } from "./surface";

const NAMES = [...new Set([...Object.getOwnPropertyNames(Object.prototype), "__proto__"])];
const TEXT = `NATO Secretary General Mark Rutte said: “The ${NAMES.join(" ")} of the alliance matters.” ${NAMES.join(", ")}.`;

describe("Object.prototype member names", () => {
  beforeAll(async () => {
    await db.person.create({ data: { slug: "mark-rutte-proto", name: "Mark Rutte", aliases: { create: [{ alias: "Rutte" }] } } });
  });

  it("are words like any other in extraction and topic suggestions", async () => {
    const topics = NAMES.map((name, i) => ({ slug: `t-${i}`, name: `${name} policy`, description: name, proposition: `${name} matters` }));
    expect(() => suggestTopics(TEXT, topics)).not.toThrow();
    expect(suggestTopics(`${NAMES[0]} policy and ${NAMES[0]} policy`, topics)[0]?.slug).toBe("t-0");
    expect(() => extractCandidates(TEXT, { topics })).not.toThrow();
  });

  it("go through the import form as words, with topics named after them in the database", async () => {
    await signInAs("ANALYST");
    for (const name of NAMES) {
      const outcome = await runAction(
        createTopicAction,
        form({ name: `${name} ${name}`, slug: "", description: `About ${name}`, proposition: `${name} is good` }),
      );
      expect(outcome).toMatchObject({ redirect: expect.stringMatching(/^\/manage\/topics\/\d+\/edit\?saved=created$/) });
    }
    const state = await importAction(
      initialFormState,
      form({
        intent: "extract",
        text: TEXT,
        "source.title": "Prototype words",
        "source.url": "",
        "source.outlet": "",
        "source.kind": "NEWS_ARTICLE",
        "source.publishedOn": "2024-01-02",
        "event.id": "",
      }),
    );
    expect(state.message ?? "").not.toMatch(GENERIC_FAILURE);
    expect(state.ok, state.message).toBe(true);
  });

  it("are unknown parameters of the API, and ignored by the exports, feeds and pages", async () => {
    for (const name of NAMES) {
      expect(() => parseStatementListQuery(new URLSearchParams([[name, "x"]]))).toThrow(ApiError);
      expect(parseTimelineFilters(Object.fromEntries([[name, "x"]]))).toMatchObject({ speakers: [], topics: [], q: "" });
      expect(savedNotice(name, "Topic")).toBeUndefined();
      for (const route of ROUTES) {
        const query = new URLSearchParams([
          [name, "1"],
          ["q", name],
          ["topic", name.toLowerCase().replace(/_/g, "")],
        ]).toString();
        const body = route.method === "POST" ? JSON.stringify({ [name]: "x", email: name, password: name }) : undefined;
        const response = await callRoute(route, {
          segment: name,
          query,
          body,
          headers: body ? { "content-type": "application/json" } : {},
        });
        expect(response.status, `${route.name} ?${name}=1`).toBeLessThan(500);
      }
    }
  });

  it("are fields like any other in every form action", async () => {
    const values = formValues(form(Object.fromEntries(NAMES.map((name) => [name, `v-${name}`]))));
    expectSafeValues({ ok: false, values });
    for (const name of NAMES) expect(keptValue(values, name)).toBe(`v-${name}`);
    expect(keptValue(formValues(new FormData()), "toString")).toBe("");

    await signInAs("ADMIN");
    const fields = Object.fromEntries(
      NAMES.flatMap((name) => [
        [name, name],
        [`roles.0.${name}`, name],
        [`c.0.${name}`, name],
        [`claims.${name}.text`, name],
      ]),
    );
    for (const { name, action } of FORM_ACTIONS) {
      const outcome = await runAction(action, form({ ...fields, id: "1", intent: "save" }));
      if ("state" in outcome) {
        expect(outcome.state.message ?? "", name).not.toMatch(GENERIC_FAILURE);
        expectSafeValues(outcome.state);
      }
    }
  });
});

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}
