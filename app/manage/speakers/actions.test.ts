// Guards and behaviour of the speaker actions: only signed-in, active staff can write; invalid
// input, duplicates and stale versions are refused at the field with nothing stored; every write
// leaves a field-level revision; delete is soft and restorable.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { initialFormState } from "@/lib/forms/state";
import { form, idFromEditPath, NOT_SIGNED_IN, redirectOf, revisionsOf } from "@/lib/records/action-testing";
import { revalidated } from "@/lib/testing/next-request";
import { signInAs, signOut } from "@/lib/testing/users";
import { createPersonAction, deletePersonAction, restorePersonAction, updatePersonAction } from "./actions";

const counts = async () => ({
  people: await db.person.count(),
  revisions: await db.revision.count(),
  roles: await db.personRole.count(),
  aliases: await db.personAlias.count(),
});

let n = 0;
const unique = (name: string) => `${name} ${++n}`;

const speakerFields = (name: string, extra: Record<string, string | number> = {}) => ({
  name,
  slug: "",
  description: "Secretary General of NATO.",
  "aliases.0": "Rutte",
  "aliases.1": "",
  "roles.0.title": "Prime Minister",
  "roles.0.organisation": "Government of the Netherlands",
  "roles.0.startDate": "2010-10-14",
  "roles.0.endDate": "2024-07-02",
  "roles.1.title": "",
  "roles.1.organisation": "",
  "roles.1.startDate": "",
  "roles.1.endDate": "",
  ...extra,
});

async function createSpeaker(name = unique("Mark Rutte"), extra: Record<string, string | number> = {}) {
  const path = await redirectOf(createPersonAction(initialFormState, form(speakerFields(name, extra))));
  return idFromEditPath(path);
}

beforeEach(() => {
  signOut();
  revalidated.length = 0;
});

describe("who may write speakers", () => {
  it("refuses anonymous callers and disabled accounts, and writes nothing", async () => {
    await signInAs("ANALYST");
    const id = await createSpeaker();
    const deletedId = await createSpeaker();
    await redirectOf(deletePersonAction(initialFormState, form({ id: deletedId })));
    signOut();
    revalidated.length = 0;
    const before = await counts();

    for (const signIn of [async () => signOut(), async () => void (await signInAs("ANALYST", { disabled: true }))]) {
      await signIn();
      expect(await createPersonAction(initialFormState, form(speakerFields("Intruder")))).toMatchObject({
        ok: false,
        message: NOT_SIGNED_IN,
      });
      expect(await updatePersonAction(initialFormState, form({ ...speakerFields("Changed"), id, version: 1 }))).toMatchObject({
        ok: false,
        message: NOT_SIGNED_IN,
      });
      expect(await deletePersonAction(initialFormState, form({ id }))).toMatchObject({ ok: false, message: NOT_SIGNED_IN });
      expect(await restorePersonAction(initialFormState, form({ id: deletedId }))).toMatchObject({ ok: false, message: NOT_SIGNED_IN });
    }

    expect(await counts()).toEqual(before);
    expect(await db.person.findUniqueOrThrow({ where: { id } })).toMatchObject({ version: 1, deletedAt: null });
    expect((await db.person.findUniqueOrThrow({ where: { id: deletedId } })).deletedAt).not.toBeNull();
    expect(revalidated).toEqual([]);
  });

  it.each(["ANALYST", "ADMIN"] as const)("lets an active %s create a speaker with aliases and roles", async (role) => {
    const user = await signInAs(role);
    const name = unique("Emmanuel Macron");
    const path = await redirectOf(createPersonAction(initialFormState, form(speakerFields(name))));
    expect(path).toMatch(/^\/manage\/speakers\/\d+\/edit\?saved=created$/);
    const person = await db.person.findUniqueOrThrow({ where: { id: idFromEditPath(path) }, include: { aliases: true, roles: true } });
    expect(person).toMatchObject({ name, slug: `emmanuel-macron-${n}`, version: 1, description: "Secretary General of NATO." });
    expect(person.aliases.map((a) => a.alias)).toEqual(["Rutte"]);
    expect(person.roles).toMatchObject([
      { title: "Prime Minister", organisation: "Government of the Netherlands", startDate: "2010-10-14", endDate: "2024-07-02" },
    ]);
    expect(revalidated).toContain("/manage/speakers");

    const [revision] = await revisionsOf("Person", person.id);
    expect(revision).toMatchObject({ action: "CREATE", actorId: user.id });
    expect(revision!.changes).toMatchObject({
      name: { before: null, after: name },
      aliases: { before: null, after: ["Rutte"] },
      roles: { before: null, after: ["Prime Minister, Government of the Netherlands (2010-10-14 – 2024-07-02)"] },
    });
  });
});

describe("validation", () => {
  it("returns field errors at the row that was typed in, echoes the values and stores nothing", async () => {
    await signInAs("ANALYST");
    const before = await counts();
    const fields = {
      ...speakerFields(""),
      "roles.0.title": "",
      "roles.0.organisation": "",
      "roles.0.startDate": "",
      "roles.0.endDate": "",
      "roles.1.title": "President",
      "roles.1.startDate": "2020-05-01",
      "roles.1.endDate": "2019-01-01",
      "roles.2.title": "Minister",
      "roles.2.startDate": "2999-01-01",
      "aliases.3": "x".repeat(201),
      slug: "Not A Slug!",
    };
    const state = await createPersonAction(initialFormState, form(fields));
    expect(state.ok).toBe(false);
    expect(state.fieldErrors).toMatchObject({
      name: ["Enter the speaker's name."],
      slug: [expect.stringContaining("lowercase")],
      "roles.1.endDate": ["The end date cannot be before the start date."],
      "roles.2.startDate": ["This date is in the future."],
      "aliases.3": ["Keep each alias under 200 characters."],
    });
    expect(state.values).toMatchObject({ "roles.1.title": "President", "roles.2.startDate": "2999-01-01", slug: "Not A Slug!" });
    expect(await counts()).toEqual(before);
  });

  it("rejects an identical duplicate role but accepts overlapping ones, and de-duplicates aliases", async () => {
    await signInAs("ANALYST");
    const role = { title: "Minister", organisation: "Cabinet", startDate: "2020-01-01", endDate: "" };
    const duplicate = await createPersonAction(
      initialFormState,
      form({
        name: unique("Someone"),
        "roles.0.title": role.title,
        "roles.0.organisation": role.organisation,
        "roles.0.startDate": role.startDate,
        "roles.1.title": " minister ",
        "roles.1.organisation": "cabinet",
        "roles.1.startDate": role.startDate,
      }),
    );
    expect(duplicate.fieldErrors).toEqual({ "roles.1.title": ["This role is already listed above."] });

    const id = await createSpeaker(unique("Someone"), {
      "aliases.0": " Alias ",
      "aliases.1": "alias",
      "aliases.2": "Other",
      "roles.1.title": "Party leader",
      "roles.1.organisation": "Party",
      "roles.1.startDate": "2015-01-01",
    });
    const person = await db.person.findUniqueOrThrow({ where: { id }, include: { aliases: { orderBy: { id: "asc" } }, roles: true } });
    expect(person.aliases.map((a) => a.alias)).toEqual(["Alias", "Other"]);
    expect(person.roles).toHaveLength(2);
  });

  it("refuses more than 20 aliases", async () => {
    await signInAs("ANALYST");
    const aliases = Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`aliases.${i}`, `Alias ${i}`]));
    const state = await createPersonAction(initialFormState, form({ name: unique("Many names"), ...aliases }));
    expect(state.fieldErrors).toEqual({ aliases: ["List at most 20 aliases."] });
  });
});

describe("slugs", () => {
  it("derives a unique slug from the name and refuses a typed slug that is taken", async () => {
    await signInAs("ANALYST");
    const first = await createSpeaker("Kaja Kallas");
    const second = await createSpeaker("Kaja Kallas");
    expect((await db.person.findUniqueOrThrow({ where: { id: first } })).slug).toBe("kaja-kallas");
    expect((await db.person.findUniqueOrThrow({ where: { id: second } })).slug).toBe("kaja-kallas-2");

    const before = await counts();
    const state = await createPersonAction(initialFormState, form({ name: "Another", slug: "kaja-kallas" }));
    expect(state).toMatchObject({
      ok: false,
      fieldErrors: { slug: ["Another speaker already uses this slug: Kaja Kallas."] },
      values: { slug: "kaja-kallas" },
    });
    expect(await counts()).toEqual(before);

    const update = await updatePersonAction(
      initialFormState,
      form({ ...speakerFields("Kaja Kallas"), id: second, version: 1, slug: "kaja-kallas" }),
    );
    expect(update.fieldErrors).toEqual({ slug: ["Another speaker already uses this slug: Kaja Kallas."] });
  });
});

describe("editing", () => {
  it("saves changes with a new version and a field-level revision", async () => {
    const user = await signInAs("ANALYST");
    const name = unique("Donald Tusk");
    const id = await createSpeaker(name);
    const path = await redirectOf(
      updatePersonAction(
        initialFormState,
        form({
          ...speakerFields(`${name} Jr`),
          id,
          version: 1,
          slug: "donald-tusk-jr",
          "aliases.0": "Tusk",
          "roles.1.title": "President",
          "roles.1.organisation": "European Council",
          "roles.1.startDate": "2014-12-01",
          "roles.1.endDate": "2019-11-30",
        }),
      ),
    );
    expect(path).toBe(`/manage/speakers/${id}/edit?saved=updated`);
    const person = await db.person.findUniqueOrThrow({ where: { id }, include: { roles: true, aliases: true } });
    expect(person).toMatchObject({ name: `${name} Jr`, slug: "donald-tusk-jr", version: 2 });
    expect(person.roles).toHaveLength(2);

    const revisions = await revisionsOf("Person", id);
    expect(revisions.map((r) => r.action)).toEqual(["CREATE", "UPDATE"]);
    expect(revisions[1]).toMatchObject({ actorId: user.id });
    expect(revisions[1]!.changes).toEqual({
      name: { before: name, after: `${name} Jr` },
      slug: { before: expect.any(String), after: "donald-tusk-jr" },
      aliases: { before: ["Rutte"], after: ["Tusk"] },
      roles: {
        before: ["Prime Minister, Government of the Netherlands (2010-10-14 – 2024-07-02)"],
        after: [
          "Prime Minister, Government of the Netherlands (2010-10-14 – 2024-07-02)",
          "President, European Council (2014-12-01 – 2019-11-30)",
        ],
      },
    });
  });

  it("saving without changes keeps the version and writes no revision", async () => {
    await signInAs("ANALYST");
    const name = unique("Unchanged");
    const id = await createSpeaker(name);
    const slug = (await db.person.findUniqueOrThrow({ where: { id } })).slug;
    expect(await updatePersonAction(initialFormState, form({ ...speakerFields(name), id, version: 1, slug }))).toMatchObject({
      ok: true,
      message: "Nothing was changed, so there was nothing to save.",
    });
    expect((await db.person.findUniqueOrThrow({ where: { id } })).version).toBe(1);
    expect(await revisionsOf("Person", id)).toHaveLength(1);
  });

  it("lists roles by start date, so re-saving the form as shown is not a change", async () => {
    await signInAs("ANALYST");
    const name = unique("Ordered");
    const later = { "roles.0.title": "President", "roles.0.organisation": "", "roles.0.startDate": "2019-01-01", "roles.0.endDate": "" };
    const earlier = {
      "roles.1.title": "Mayor",
      "roles.1.organisation": "City",
      "roles.1.startDate": "2010-01-01",
      "roles.1.endDate": "2018-12-31",
    };
    const id = await createSpeaker(name, { ...later, ...earlier });
    const person = await db.person.findUniqueOrThrow({ where: { id } });
    const shown = {
      "roles.0.title": "Mayor",
      "roles.0.organisation": "City",
      "roles.0.startDate": "2010-01-01",
      "roles.0.endDate": "2018-12-31",
      "roles.1.title": "President",
      "roles.1.organisation": "",
      "roles.1.startDate": "2019-01-01",
      "roles.1.endDate": "",
    };
    expect(
      await updatePersonAction(initialFormState, form({ ...speakerFields(name), ...shown, id, version: 1, slug: person.slug })),
    ).toMatchObject({ ok: true });
    expect((await db.person.findUniqueOrThrow({ where: { id } })).version).toBe(1);
    expect(await revisionsOf("Person", id)).toHaveLength(1);
  });

  it("refuses a save made on an older version, shows what changed and keeps the input", async () => {
    const first = await signInAs("ANALYST");
    const name = unique("Ursula");
    const id = await createSpeaker(name);
    await redirectOf(updatePersonAction(initialFormState, form({ ...speakerFields(`${name} von der Leyen`), id, version: 1 })));

    await signInAs("ADMIN");
    const before = await counts();
    const state = await updatePersonAction(
      initialFormState,
      form({ ...speakerFields(`${name} (stale)`), id, version: 1, description: "Mine" }),
    );
    expect(state.ok).toBe(false);
    expect(state.message).toContain(`${first.name} saved this speaker after you opened it`);
    expect(state.detail).toMatchObject({
      conflict: true,
      latestVersion: 2,
      changedBy: [first.name],
      changes: { name: { before: name, after: `${name} von der Leyen` } },
    });
    expect(state.values).toMatchObject({ name: `${name} (stale)`, description: "Mine" });
    expect(await counts()).toEqual(before);
    expect((await db.person.findUniqueOrThrow({ where: { id } })).name).toBe(`${name} von der Leyen`);

    // Saving again on the version the conflict reported replaces theirs deliberately.
    await redirectOf(updatePersonAction(initialFormState, form({ ...speakerFields(`${name} (mine)`), id, version: 2 })));
    expect((await db.person.findUniqueOrThrow({ where: { id } })).version).toBe(3);
  });
});

describe("delete and restore", () => {
  it("soft-deletes and restores with revisions; a deleted speaker cannot be edited", async () => {
    const user = await signInAs("ANALYST");
    const id = await createSpeaker();
    expect(await redirectOf(deletePersonAction(initialFormState, form({ id })))).toBe(`/manage/speakers?deleted=${id}`);
    const deleted = await db.person.findUniqueOrThrow({ where: { id }, include: { roles: true, aliases: true } });
    expect(deleted.deletedAt).not.toBeNull();
    expect(deleted.roles).toHaveLength(1); // nothing erased
    expect(await deletePersonAction(initialFormState, form({ id }))).toMatchObject({
      ok: false,
      message: "This speaker is already deleted.",
    });
    expect(await updatePersonAction(initialFormState, form({ ...speakerFields("Edited"), id, version: deleted.version }))).toMatchObject({
      ok: false,
      message: "This speaker is deleted. Restore it before editing.",
    });

    expect(await redirectOf(restorePersonAction(initialFormState, form({ id })))).toBe(`/manage/speakers/${id}/edit?saved=restored`);
    expect(await db.person.findUniqueOrThrow({ where: { id } })).toMatchObject({ deletedAt: null, version: 3 });
    const revisions = await revisionsOf("Person", id);
    expect(revisions.map((r) => [r.action, r.actorId])).toEqual([
      ["CREATE", user.id],
      ["DELETE", user.id],
      ["RESTORE", user.id],
    ]);
    expect(Object.keys(revisions[1]!.changes)).toEqual(["deletedAt"]);
  });

  it("refuses to delete a speaker named by published statements", async () => {
    await signInAs("ANALYST");
    const id = await createSpeaker();
    await db.statement.create({
      data: {
        speakerId: id,
        dateStart: "2024-01-01",
        dateEnd: "2024-01-01",
        dateSort: "2024-01-01",
        text: "We will.",
        status: "PUBLISHED",
      },
    });
    const state = await deletePersonAction(initialFormState, form({ id }));
    expect(state).toMatchObject({ ok: false, message: expect.stringContaining("named by 1 published statement") });
    expect((await db.person.findUniqueOrThrow({ where: { id } })).deletedAt).toBeNull();
  });

  it("reports a missing record instead of failing", async () => {
    await signInAs("ANALYST");
    expect(await deletePersonAction(initialFormState, form({ id: 999999 }))).toMatchObject({
      ok: false,
      message: "The speaker was not found. It may have been removed.",
    });
    expect(await restorePersonAction(initialFormState, form({ id: "abc" }))).toMatchObject({
      ok: false,
      message: expect.stringContaining("was not found"),
    });
  });
});
