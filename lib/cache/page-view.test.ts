import { describe, expect, it } from "vitest";
import { cachedRouteFor, decodeView, encodeView } from "./page-view";

const origin = "http://localhost:3000";

describe("cached reader views", () => {
  it("carry the query and the origin in one path segment, whatever the query holds", () => {
    const search = new URLSearchParams("topic=a&topic=b&q=%C5%81%C3%B3d%C5%BA%20%2F%3F%23&page=2");
    const route = cachedRouteFor("/", search, origin);
    expect(route).toMatch(/^\/cached\/timeline\/[A-Za-z0-9_-]+$/);
    const view = decodeView(route!.split("/").pop()!);
    expect(view?.origin).toBe(origin);
    expect(view?.searchParams.topic).toEqual(["a", "b"]);
    expect(view?.searchParams.q).toBe("Łódź /?#");
    expect(view?.searchParams.page).toBe("2");
  });

  it("are one entry whatever the order of the parameters", () => {
    expect(encodeView(origin, new URLSearchParams("a=1&b=2"))).toBe(encodeView(origin, new URLSearchParams("b=2&a=1")));
    expect(encodeView(origin, new URLSearchParams("a=1"))).not.toBe(encodeView("http://other.example", new URLSearchParams("a=1")));
  });

  it("cover the timeline, topics, speakers and statements, and nothing else", () => {
    const none = new URLSearchParams();
    expect(cachedRouteFor("/topics/defence-spending", none, origin)).toMatch(/^\/cached\/topics\/defence-spending\//);
    expect(cachedRouteFor("/speakers/mark-rutte", none, origin)).toMatch(/^\/cached\/speakers\/mark-rutte\//);
    expect(cachedRouteFor("/statements/42", none, origin)).toMatch(/^\/cached\/statements\/42\//);
    for (const path of [
      "/topics",
      "/manage/statements",
      "/statements/42/share.png",
      "/statements/abc",
      "/topics/Not_A_Slug",
      "/api/statements",
    ]) {
      expect(cachedRouteFor(path, none, origin), path).toBeNull();
    }
  });

  it("leave to the live page what it would redirect or what the router adds", () => {
    expect(cachedRouteFor("/", new URLSearchParams("topic=&q=x"), origin)).toBeNull();
    expect(cachedRouteFor("/", new URLSearchParams("_rsc=abc"), origin)).toBeNull();
    expect(cachedRouteFor("/", new URLSearchParams({ q: "x".repeat(2000) }), origin)).toBeNull();
  });

  it("never cache a view of the record as of a past day, nor serve today's page for it", () => {
    for (const path of ["/", "/topics/defence-spending", "/statements/42"]) {
      expect(cachedRouteFor(path, new URLSearchParams("asOf=2025-06-30"), origin), path).toBeNull();
      expect(cachedRouteFor(path, new URLSearchParams("speaker=mark-rutte&asOf=2025-06-30T10:00:00Z"), origin), path).toBeNull();
    }
  });

  it("refuse malformed keys", () => {
    for (const key of [
      "",
      "abc",
      Buffer.from('["javascript:x",[]]').toString("base64url"),
      Buffer.from('["http://a",[[1,2]]]').toString("base64url"),
    ]) {
      expect(decodeView(key), key).toBeNull();
    }
  });
});
