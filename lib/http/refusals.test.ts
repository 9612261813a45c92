// Guards that requests Next.js would answer with a 500 are refused before routing with their 4xx:
// invalid percent-escapes, cross-site, oversized, mistyped or malformed server-action posts.
// (Checked against a real `next build` server too: /topics/%FF → 400 page, /api/…/%FF → 400 JSON.)
import { describe, expect, it } from "vitest";
import { actionBodyRefusal, refusalFor, wantsJson } from "./refusals";

const req = (rawPath: string, headers: Record<string, string> = {}, method = "POST") => ({
  method,
  rawPath,
  headers: new Headers({ host: "tracker.test", ...headers }),
});
const action = { "next-action": "6099507d0f2910af4fe974cfabd70f4c991ba4f8e6" };

describe("refusalFor", () => {
  it("refuses invalid percent-escapes in the path with 400", () => {
    for (const path of ["/topics/%FF", "/api/statements/%E0%A4%A", "/%", "/statements/%C0%AF"])
      expect(refusalFor(req(path, {}, "GET"))?.status, path).toBe(400);
    for (const path of ["/topics/%C5%81%C3%B3d%C5%BA", "/", "/statements/12"]) expect(refusalFor(req(path, {}, "GET")), path).toBeNull();
  });

  it("refuses actions from another site (403), too large (413), or of a type Next cannot read (415)", () => {
    expect(refusalFor(req("/login", { ...action, origin: "https://evil.example", "content-type": "text/plain" }))?.status).toBe(403);
    expect(refusalFor(req("/login", { ...action, origin: "null", "content-type": "text/plain" }))?.status).toBe(403);
    expect(
      refusalFor(
        req("/login", {
          ...action,
          origin: "http://tracker.test",
          "content-type": "text/plain",
          "content-length": String(4 * 1024 * 1024),
        }),
      )?.status,
    ).toBe(413);
    expect(refusalFor(req("/login", { ...action, "content-type": "application/json" }))?.status).toBe(415);
    expect(refusalFor(req("/login", { ...action, "content-type": "multipart/form-data" }))?.status).toBe(400);
    expect(
      refusalFor(req("/login", { ...action, origin: "http://tracker.test", "content-type": "multipart/form-data; boundary=----x1" })),
    ).toBeNull();
    expect(refusalFor(req("/login", { ...action, "content-type": "text/plain;charset=UTF-8" }))).toBeNull();
    // Not an action: the route handler answers for itself (the sign-in API's 415 in JSON).
    expect(refusalFor(req("/api/auth/session", { "content-type": "application/json", origin: "https://evil.example" }))).toBeNull();
  });

  it("refuses a multipart action body that does not parse", async () => {
    const post = (body: string) =>
      new Request("http://tracker.test/login", {
        method: "POST",
        body,
        headers: { ...action, "content-type": "multipart/form-data; boundary=XYZ", "content-length": String(body.length) },
      });
    expect(await actionBodyRefusal(post("garbage"))).toMatchObject({ status: 400 });
    expect(await actionBodyRefusal(post('--XYZ\r\nContent-Disposition: form-data; name="a"\r\n\r\nunfinished'))).toMatchObject({
      status: 400,
    });
    expect(await actionBodyRefusal(post('--XYZ\r\nContent-Disposition: form-data; name="a"\r\n\r\nok\r\n--XYZ--\r\n'))).toBeNull();
  });

  it("answers routes in JSON and pages with the site's page", () => {
    expect(wantsJson("/api/statements/%FF")).toBe(true);
    expect(wantsJson("/export/statements.csv")).toBe(true);
    expect(wantsJson("/topics/%FF")).toBe(false);
  });
});
