// Guards that every refusal is a 4xx, never a 500: a bad id in an edit page's address is the 404
// page, and a body that is not a form (JSON sent with a Next-Action header reaches the action as
// plain arguments) is refused with a message, for every form action, storing nothing.
import { describe, expect, it } from "vitest";
import EditEventPage from "@/app/manage/events/[id]/edit/page";
import EditSourcePage from "@/app/manage/sources/[id]/edit/page";
import EditSpeakerPage from "@/app/manage/speakers/[id]/edit/page";
import EditStatementPage from "@/app/manage/statements/[id]/edit/page";
import EditTopicPage from "@/app/manage/topics/[id]/edit/page";
import StatementPage from "@/app/statements/[id]/page";
import { NOT_A_FORM } from "@/lib/auth/guard";
import { signInAs, signOut } from "@/lib/testing/users";
import { FORM_ACTIONS, runAction, tableCounts } from "./surface";

type Page = (props: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string>> }) => Promise<unknown>;
const EDIT_PAGES: [string, Page][] = [
  ["speakers", EditSpeakerPage as Page],
  ["topics", EditTopicPage as Page],
  ["sources", EditSourcePage as Page],
  ["events", EditEventPage as Page],
  ["statements", EditStatementPage as Page],
];
const BAD_IDS = ["abc", "-1", "1.5", "99999999999999999999", "1e3", "0", "%FF", "999999999"];

async function outcomeOf(render: Promise<unknown>): Promise<string> {
  try {
    await render;
    return "rendered";
  } catch (error) {
    return String((error as { digest?: unknown }).digest ?? error);
  }
}

describe("refusals", () => {
  it("answers a bad or unknown id in an edit page's address with the 404 page", async () => {
    await signInAs("ANALYST");
    for (const [entity, page] of EDIT_PAGES) {
      for (const id of BAD_IDS) {
        expect(
          await outcomeOf(page({ params: Promise.resolve({ id }), searchParams: Promise.resolve({ saved: "constructor" }) })),
          `/manage/${entity}/${id}/edit`,
        ).toMatch(/^NEXT_HTTP_ERROR_FALLBACK;404/);
      }
    }
    signOut();
    for (const id of BAD_IDS) {
      expect(
        await outcomeOf((StatementPage as Page)({ params: Promise.resolve({ id }), searchParams: Promise.resolve({}) })),
        `/statements/${id}`,
      ).toMatch(/^NEXT_HTTP_ERROR_FALLBACK;404/);
    }
  });

  it("refuses a body that is not a form in every form action, and stores nothing", async () => {
    await signInAs("ADMIN");
    const before = await tableCounts();
    for (const body of [{ email: "a@example.org", password: "x" }, ["json", "array"], null, undefined, "text", 42]) {
      for (const { name, action } of FORM_ACTIONS) {
        const outcome = await runAction(action, body);
        expect(outcome, name).toMatchObject({ state: { ok: false, message: NOT_A_FORM } });
      }
    }
    expect(await tableCounts()).toEqual(before);
  });
});
