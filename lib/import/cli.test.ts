import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { demoData } from "@/lib/demo/data";
import { runExtractCli, type ExtractCliIo } from "./cli";
import { MAX_IMPORT_BYTES } from "./text";

const folder = mkdtempSync(path.join(tmpdir(), "extract-cli-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
  const target = path.join(folder, name);
  writeFileSync(target, content);
  return target;
}

async function run(args: string[]) {
  let stdout = "";
  let stderr = "";
  let databaseUsed = false;
  const io: ExtractCliIo = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    demoDirectory: () => ({
      speakers: demoData.people.map((p) => ({ id: p.slug, name: p.name, aliases: p.aliases })),
      topics: demoData.topics,
    }),
    databaseDirectory: async () => {
      databaseUsed = true;
      return { speakers: [{ id: 1, name: "Anna Berg", aliases: ["Berg"] }], topics: [] };
    },
  };
  const code = await runExtractCli(args, io);
  return { code, stdout, stderr, databaseUsed };
}

describe("npm run extract", () => {
  it("prints the candidates as JSON with exactly the agreed fields", async () => {
    const target = file("article.txt", "Rutte spoke.\n“We must spend 2% of GDP on defence, at least,” Rutte said.\n");
    const { code, stdout, stderr } = await run([target, "--json"]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const output = JSON.parse(stdout) as Record<string, unknown>[];
    expect(output).toHaveLength(1);
    expect(Object.keys(output[0]!)).toEqual(["text", "kind", "speaker", "start", "end", "confidence", "claims", "topics"]);
    expect(output[0]).toMatchObject({
      text: "We must spend 2% of GDP on defence, at least",
      kind: "QUOTE",
      speaker: "Mark Rutte",
      claims: [{ text: "2% of GDP", measure: "percentage", value: 2, unit: "% of GDP" }],
      topics: ["defence-spending"],
    });
  });

  it("reads HTML and Markdown files", async () => {
    const html = file("page.html", "<html><body><p>&ldquo;We will defend every ally,&rdquo; Rutte said.</p></body></html>");
    expect(JSON.parse((await run([html])).stdout)[0]).toMatchObject({ text: "We will defend every ally", speaker: "Mark Rutte" });
    const markdown = file("notes.md", "# Notes\n\n> “We will defend every ally,” **Rutte** said.");
    expect(JSON.parse((await run([markdown])).stdout)[0]).toMatchObject({ speaker: "Mark Rutte" });
  });

  it("resolves speakers from the database with --database", async () => {
    const target = file("berg.txt", "“We will act today,” Berg said.");
    const result = await run([target, "--database"]);
    expect(result.databaseUsed).toBe(true);
    expect(JSON.parse(result.stdout)[0]).toMatchObject({ speaker: "Anna Berg" });
  });

  it("prints warnings on stderr and an empty list when nothing is found", async () => {
    const target = file("plain.txt", "The annex opened in March.");
    const { code, stdout, stderr } = await run([target]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual([]);
    expect(stderr).toContain("Nothing found");
  });

  it("fails clearly on a missing, empty, binary, oversized or unsupported file and on bad usage", async () => {
    expect(await run([path.join(folder, "missing.txt")])).toMatchObject({
      code: 1,
      stdout: "",
      stderr: expect.stringContaining("no such file"),
    });
    expect(await run([file("empty.txt", "")])).toMatchObject({ code: 1, stderr: expect.stringContaining("is empty") });
    expect(await run([file("image.txt", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]))])).toMatchObject({
      code: 1,
      stderr: expect.stringContaining("PNG image"),
    });
    const big = file("big.txt", new Uint8Array(MAX_IMPORT_BYTES + 10).fill(97));
    expect(await run([big])).toMatchObject({ code: 1, stderr: expect.stringContaining("the limit is 2.0 MB") });
    expect(await run([file("report.pdf", "%PDF-1.4")])).toMatchObject({
      code: 1,
      stderr: expect.stringContaining("not a .txt, .md or .html file"),
    });
    expect(await run([folder])).toMatchObject({ code: 1, stderr: expect.stringContaining("not a file") });
    expect(await run([])).toMatchObject({ code: 2, stderr: expect.stringContaining("Usage") });
    expect(await run(["a.txt", "--write"])).toMatchObject({ code: 2, stderr: expect.stringContaining("unknown option --write") });
  });
});
