// Import from a web address through the action. Security boundary (SSRF): the page is fetched on
// the server, so an address of the server itself or its network is refused with a message at the
// field, and no request can lift that (the loopback allowance exists only as a parameter of the
// fetch function, for its own tests). Anonymous callers are refused before anything is fetched.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { initialFormState, type FormState, type FormValues } from "@/lib/forms/state";
import { signInAs, signOut } from "@/lib/testing/users";
import { importAction } from "./actions";

let server: Server;
let local: string;
let hits = 0;

beforeAll(async () => {
  server = createServer((_, response) => {
    hits++;
    response.writeHead(200, { "content-type": "text/html" });
    response.end("<html><head><title>Internal</title></head><body><p>“Secret,” the admin said.</p></body></html>");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  local = `http://127.0.0.1:${(server.address() as AddressInfo).port}/admin`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => signOut());

function form(fields: FormValues): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, String(value));
  return data;
}

const fields = (overrides: FormValues = {}): FormValues => ({
  intent: "extract",
  "source.title": "",
  "source.url": "",
  "source.outlet": "",
  "source.kind": "NEWS_ARTICLE",
  "source.publishedOn": "",
  "event.id": "",
  text: "",
  ...overrides,
});
const run = (values: FormValues) => importAction(initialFormState, form(values)) as Promise<FormState>;

describe("import from a web address", () => {
  it("refuses an anonymous caller before fetching anything", async () => {
    const before = { sources: await db.source.count(), hits };
    const state = await run(fields({ fetchUrl: local }));
    expect(state.ok).toBe(false);
    expect(hits).toBe(before.hits);
    expect(await db.source.count()).toBe(before.sources);
  });

  it("refuses the server's own and private addresses, with a message at the field, and keeps what was typed", async () => {
    await signInAs("ANALYST");
    const before = { sources: await db.source.count(), statements: await db.statement.count(), hits };
    for (const address of [
      local,
      "http://localhost:3000/",
      "http://10.0.0.1/",
      "http://169.254.169.254/latest/meta-data/",
      "http://[::1]/",
      "file:///etc/passwd",
    ]) {
      const state = await run(fields({ fetchUrl: address, "source.title": "Kept title" }));
      expect(state.ok, address).toBe(false);
      expect(state.fieldErrors?.fetchUrl?.[0], address).toMatch(/private or local network|could not be found|Only http/);
      expect(state.values?.fetchUrl).toBe(address);
      expect(state.values?.["source.title"]).toBe("Kept title");
    }
    expect(hits).toBe(before.hits);
    expect({ sources: await db.source.count(), statements: await db.statement.count() }).toEqual({
      sources: before.sources,
      statements: before.statements,
    });
  });

  it("asks for one way in: a paste, a file or a web address", async () => {
    await signInAs("ANALYST");
    const state = await run(fields({ fetchUrl: "https://news.example/a", text: "Some pasted text." }));
    expect(state.fieldErrors?.fetchUrl?.[0]).toMatch(/one of them/);
  });
});
