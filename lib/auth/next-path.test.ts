// Guards the open-redirect boundary of `/login?next=`: only same-site paths are followed.
import { describe, expect, it } from "vitest";
import { AFTER_SIGN_IN, safeNextPath, signInPath } from "./next-path";

describe("safeNextPath", () => {
  it("keeps paths on this site, with their query and fragment", () => {
    expect(safeNextPath("/admin/users")).toBe("/admin/users");
    expect(safeNextPath("/manage/statements?page=2#list")).toBe("/manage/statements?page=2#list");
    expect(safeNextPath("/a/../admin/users")).toBe("/admin/users");
  });

  it("refuses anything that could lead to another site", () => {
    for (const raw of [
      "//evil.example",
      "/\\evil.example",
      "https://evil.example/",
      "evil.example",
      "javascript:alert(1)",
      "/\t/evil.example",
      "",
      undefined,
      42,
      ["/x"],
    ]) {
      expect(safeNextPath(raw), String(raw)).toBe(AFTER_SIGN_IN);
    }
  });

  it("does not loop back to the sign-in page", () => {
    expect(safeNextPath("/login?next=/login")).toBe(AFTER_SIGN_IN);
  });
});

describe("signInPath", () => {
  it("carries the page to come back to", () => {
    expect(signInPath("/admin/users/3")).toBe("/login?next=%2Fadmin%2Fusers%2F3");
    expect(signInPath("//evil.example")).toBe("/login");
    expect(signInPath()).toBe("/login");
  });
});
