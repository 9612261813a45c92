// A large synthetic database for benchmarks: migrated with the real migrations, filled with
// deterministic pseudo-random data through plain SQL (the FTS triggers are set aside during the
// bulk load and the index is rebuilt once at the end). Built once per size and reused.
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { addDays, format } from "date-fns";
import { midpoint } from "@/lib/dates/precision";
import { migrateDeploy } from "./schema-engine";

export interface SyntheticSize {
  statements: number;
  speakers: number;
  topics: number;
  years: number;
}

/** 100,000 statements; `BENCH_STATEMENTS=1000000` (or `npm run bench -- --1m`) builds and uses a larger one. */
export const BENCH_SIZE: SyntheticSize = {
  statements: Number(process.env.BENCH_STATEMENTS) || 100_000,
  speakers: 50,
  topics: 200,
  years: 20,
};

/** A small, seedable PRNG so every build of the benchmark database is identical. */
function mulberry32(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS =
  "allies defence spending ukraine russia deterrence nuclear threat support weapons security alliance europe summit sanctions aid air missile capabilities partners unity commitment increase budget readiness forces eastern flank peace negotiations ceasefire production industry investment training resilience cyber hybrid china indo-pacific transatlantic burden sharing target percent gdp patriot systems".split(
    " ",
  );
const STANCES = ["STRONGLY_FOR", "FOR", "FOR", "MIXED", "AGAINST", "STRONGLY_AGAINST", "NOT_STATED"];
const SOURCE_KINDS = ["OFFICIAL_TRANSCRIPT", "PRESS_RELEASE", "NEWS_ARTICLE", "NEWS_ARTICLE", "VIDEO", "SOCIAL_MEDIA"];
const CLAIM_STATUSES = ["UNVERIFIED", "UNVERIFIED", "SUPPORTED", "DISPUTED", "FALSE"];

/** Named after the size and the migrations, so a schema change builds a new one. */
export function syntheticDatabasePath(size: SyntheticSize): string {
  const migrations = createHash("sha256").update(readdirSync("prisma/migrations").sort().join("\n")).digest("hex").slice(0, 10);
  return path.join(tmpdir(), `tracker-bench-${size.statements}-${size.speakers}-${size.topics}-${size.years}-${migrations}.db`);
}

/** Returns the path of a ready benchmark database, building it when it does not exist yet. */
export async function ensureSyntheticDatabase(size: SyntheticSize = BENCH_SIZE, log = console.log): Promise<string> {
  const file = syntheticDatabasePath(size);
  if (existsSync(file)) return file;
  const building = `${file}.building`;
  rmSync(building, { force: true });
  mkdirSync(path.dirname(file), { recursive: true });
  const started = Date.now();
  await migrateDeploy(`file:${building}`, { log: () => {} });
  fill(building, size);
  renameSync(building, file);
  log(`Built ${size.statements.toLocaleString("en")} synthetic statements in ${((Date.now() - started) / 1000).toFixed(1)} s: ${file}`);
  return file;
}

/** A private copy for a run that writes, so the shared database stays as built. */
export function copyDatabase(file: string, label: string): string {
  const copy = path.join(tmpdir(), `tracker-bench-${label}-${process.pid}.db`);
  copyFileSync(file, copy);
  return copy;
}

/** Removes a benchmark's copy of the database with its journal files. */
export function removeDatabase(file: string): void {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`${file}${suffix}`, { force: true });
}

function fill(file: string, size: SyntheticSize) {
  const random = mulberry32(20241001);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const sentence = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(" ");
  const db = new Database(file);
  // A throw-away file until it is renamed: no journal, no syncing while it fills.
  db.pragma("journal_mode = OFF");
  db.pragma("synchronous = OFF");
  db.pragma("cache_size = -262144");
  const now = Date.now();
  const firstDay = new Date(2025 - size.years + 1, 0, 1);
  const spanDays = size.years * 365;

  // Triggers (search index, facet counts) and secondary indexes are set aside during the load and
  // rebuilt once at the end: far faster than maintaining them row by row.
  const triggers = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").all() as { name: string; sql: string }[];
  for (const trigger of triggers) db.exec(`DROP TRIGGER "${trigger.name}"`);
  const indexes = db
    .prepare(
      "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ('Statement', 'Stance', 'Claim', 'StatementSource')",
    )
    .all() as { name: string; sql: string }[];
  for (const index of indexes) db.exec(`DROP INDEX "${index.name}"`);
  const days = Array.from({ length: spanDays + 200 }, (_, i) => format(addDays(firstDay, i), "yyyy-MM-dd"));

  const insertPerson = db.prepare("INSERT INTO Person (slug, name, description, createdAt, updatedAt, version) VALUES (?, ?, '', ?, ?, 1)");
  const insertRole = db.prepare("INSERT INTO PersonRole (personId, title, organisation, startDate, endDate) VALUES (?, ?, ?, ?, ?)");
  const insertTopic = db.prepare(
    "INSERT INTO Topic (slug, name, description, proposition, createdAt, updatedAt, version) VALUES (?, ?, '', ?, ?, ?, 1)",
  );
  const insertSource = db.prepare(
    "INSERT INTO Source (url, title, outlet, kind, publishedOn, notes, createdAt, updatedAt, version) VALUES (?, ?, ?, ?, ?, '', ?, ?, 1)",
  );
  const insertStatement =
    db.prepare(`INSERT INTO Statement (speakerId, dateStart, dateEnd, datePrecision, dateSort, kind, text, context, language, status, createdAt, updatedAt, version)
    VALUES (?, ?, ?, ?, ?, ?, ?, '', 'en', ?, ?, ?, 1)`);
  const insertStance = db.prepare("INSERT INTO Stance (statementId, topicId, stance, hedging) VALUES (?, ?, ?, ?)");
  const insertClaim = db.prepare(
    "INSERT INTO Claim (statementId, position, text, kind, value, unit, status, note) VALUES (?, ?, ?, ?, ?, ?, ?, '')",
  );
  const insertLink = db.prepare("INSERT INTO StatementSource (statementId, sourceId, position) VALUES (?, ?, ?)");

  db.transaction(() => {
    for (let i = 1; i <= size.speakers; i++) {
      insertPerson.run(`speaker-${i}`, `Speaker ${i}`, now, now);
      insertRole.run(i, "Minister", `Government ${i}`, format(firstDay, "yyyy-MM-dd"), "2015-12-31");
      insertRole.run(i, "Secretary General", `Organisation ${i}`, "2016-01-01", null);
    }
    for (let i = 1; i <= size.topics; i++)
      insertTopic.run(`topic-${i}`, `Topic ${i} ${pick(WORDS)}`, `Proposition ${i}: ${sentence(6)}`, now, now);
    const sourceCount = Math.max(10, Math.floor(size.statements / 20));
    for (let i = 1; i <= sourceCount; i++) {
      insertSource.run(
        `https://example.org/source/${i}`,
        `Report ${i}: ${sentence(5)}`,
        `Outlet ${i % 40}`,
        pick(SOURCE_KINDS),
        format(addDays(firstDay, Math.floor(random() * spanDays)), "yyyy-MM-dd"),
        now,
        now,
      );
    }
    for (let i = 1; i <= size.statements; i++) {
      const offset = Math.floor(random() * spanDays);
      const day = addDays(firstDay, offset);
      const r = random();
      let start = days[offset]!;
      let end = start;
      let precision = "DAY";
      if (r > 0.8 && r <= 0.9) {
        precision = "MONTH";
        start = format(day, "yyyy-MM-01");
        end = format(new Date(day.getFullYear(), day.getMonth() + 1, 0), "yyyy-MM-dd");
      } else if (r > 0.9 && r <= 0.95) {
        precision = "YEAR";
        start = `${day.getFullYear()}-01-01`;
        end = `${day.getFullYear()}-12-31`;
      } else if (r > 0.95) {
        precision = "APPROXIMATE";
        end = days[offset + 30 + Math.floor(random() * 120)]!;
      }
      const status = random() < 0.95 ? "PUBLISHED" : "DRAFT";
      insertStatement.run(
        1 + Math.floor(random() * size.speakers),
        start,
        end,
        precision,
        midpoint(start, end),
        random() < 0.5 ? "QUOTE" : "PARAPHRASE",
        sentence(18 + Math.floor(random() * 30)),
        status,
        now,
        now,
      );
      const topics = new Set<number>();
      const topicCount = 1 + Math.floor(random() * 3);
      while (topics.size < topicCount) topics.add(1 + Math.floor(random() * size.topics));
      for (const topic of topics) insertStance.run(i, topic, pick(STANCES), random() < 0.3 ? "HEDGED" : null);
      const claims = Math.floor(random() * 3);
      for (let c = 0; c < claims; c++) {
        const numeric = random() < 0.5;
        insertClaim.run(
          i,
          c,
          `Claim ${sentence(8)}`,
          numeric ? "NUMERIC" : "FACTUAL",
          numeric ? Math.round(random() * 1000) / 10 : null,
          numeric ? "% of GDP" : null,
          pick(CLAIM_STATUSES),
        );
      }
      insertLink.run(i, 1 + Math.floor(random() * sourceCount), 0);
    }
  })();

  // The indexes first: the search index's fill looks claims and sources up by statement.
  for (const index of indexes) db.exec(index.sql);
  // One pass over everything instead of a trigger firing for every inserted row.
  db.exec(`INSERT INTO statement_fts (rowid, text, claims, sources)
    SELECT s.id, s.text,
      (SELECT group_concat(c.text, char(10)) FROM (SELECT text FROM Claim WHERE statementId = s.id ORDER BY position, id) AS c),
      (SELECT group_concat(src.title, char(10)) FROM (SELECT so.title FROM StatementSource AS ss JOIN Source AS so ON so.id = ss.sourceId
         WHERE ss.statementId = s.id ORDER BY ss.position, so.id) AS src)
    FROM Statement AS s`);
  db.exec("DELETE FROM FacetCount");
  db.exec(facetCountBackfill());
  for (const trigger of triggers) db.exec(trigger.sql);
  db.exec("ANALYZE");
  db.pragma("journal_mode = WAL");
  db.close();
}

/** The facet counts' first fill, as the migration that last redefined them does it. */
function facetCountBackfill(): string {
  const folder = readdirSync("prisma/migrations").find((name) => name.endsWith("_facet_count_span_only"));
  if (!folder) throw new Error("The facet_count_span_only migration is missing.");
  const sql = readFileSync(path.join("prisma/migrations", folder, "migration.sql"), "utf8");
  const marker = "-- Count the statements that already exist.";
  if (!sql.includes(marker)) throw new Error(`The facet_count_span_only migration has no "${marker}" section.`);
  return sql.slice(sql.indexOf(marker));
}
