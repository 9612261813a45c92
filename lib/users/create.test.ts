import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { ExpectedError } from "@/lib/forms/errors";
import { createUser, DuplicateEmailError } from "./create";

describe("createUser", () => {
  it("stores a normalised account with a scrypt hash and an audit record without it", async () => {
    const user = await createUser(
      db,
      { email: " New.Analyst@Example.ORG ", name: " Nora Analyst ", password: "a long enough password", role: "ANALYST" },
      null,
    );
    expect(user).toMatchObject({ email: "new.analyst@example.org", name: "Nora Analyst", role: "ANALYST", disabled: false });
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword("a long enough password", stored.passwordHash)).toBe(true);
    const revision = await db.revision.findFirstOrThrow({ where: { entity: "User", entityId: user.id } });
    expect(revision.action).toBe("CREATE");
    expect(revision.changes).not.toContain("scrypt");
    expect(revision.changes).not.toContain("password");
  });

  it("refuses a duplicate email address, whatever its case", async () => {
    await createUser(db, { email: "twice@example.org", name: "First", password: "a long enough password", role: "ANALYST" });
    await expect(
      createUser(db, { email: "TWICE@example.org", name: "Second", password: "a long enough password", role: "ADMIN" }),
    ).rejects.toBeInstanceOf(DuplicateEmailError);
    expect(await db.user.count({ where: { email: "twice@example.org" } })).toBe(1);
  });

  it("explains bad input field by field", async () => {
    const error = await createUser(db, { email: "nope", name: " ", password: "short", role: "BOSS" as never }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExpectedError);
    expect((error as ExpectedError).fieldErrors).toEqual({
      email: ["Enter an email address like name@example.org."],
      name: ["Enter a name."],
      role: ["Choose Admin or Analyst."],
      password: ["Use at least 12 characters."],
    });
  });
});
