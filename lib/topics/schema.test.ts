import { describe, expect, it } from "vitest";
import { topicCreateSchema } from "./schema";

describe("topic schema", () => {
  it("requires a name and a proposition", () => {
    const result = topicCreateSchema.safeParse({ name: " ", proposition: "" });
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual(["name", "proposition"]);
  });

  it("accepts a blank slug (derived later) and refuses a malformed one", () => {
    expect(topicCreateSchema.parse({ name: "Aid", slug: "", proposition: "Give more aid" }).slug).toBe("");
    expect(topicCreateSchema.parse({ name: "Aid", slug: " Military-Aid ", proposition: "P" }).slug).toBe("military-aid");
    for (const slug of ["military aid", "aid--ukraine", "-aid", "aid_ukraine"]) {
      expect(topicCreateSchema.safeParse({ name: "Aid", slug, proposition: "P" }).success, slug).toBe(false);
    }
  });

  it("limits the proposition's length", () => {
    expect(topicCreateSchema.safeParse({ name: "Aid", proposition: "x".repeat(501) }).error?.issues[0]?.message).toBe(
      "Keep the proposition under 500 characters.",
    );
  });
});
