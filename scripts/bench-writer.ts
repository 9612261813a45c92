// Run by bench-load.ts: one real change a second on the given database, through the code path of
// the statement form (parse the submitted fields, then createStatement with its triggers), until
// stopped. Prints "writing" after its first write, and its writes' times and CPU times (ms) as JSON
// when it gets SIGTERM.
import { createClient } from "@/lib/db/create-client";
import { createStatement } from "@/lib/statements/mutations";
import { parseStatementForm } from "@/lib/statements/schema";
import { submittedForm } from "./lib/bench-form";

async function main() {
  const db = createClient(process.env.DATABASE_URL!);
  const sourceCount = await db.source.count();
  const actor = await db.user.create({
    data: { email: `bench-writer-${process.pid}@example.test`, name: "Benchmark writer", passwordHash: "scrypt$unusable" },
  });
  const times: number[] = [];
  const cpu: number[] = [];
  let stopping = false;
  process.on("SIGTERM", () => (stopping = true));
  for (let i = 100_000; !stopping; i++) {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    const parsed = parseStatementForm(submittedForm(i, sourceCount), "create");
    if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
    await createStatement(db, parsed.data, actor.id);
    times.push(performance.now() - started);
    const used = process.cpuUsage(cpuStarted);
    cpu.push((used.user + used.system) / 1000);
    if (times.length === 1) console.log("writing");
    await new Promise((r) => setTimeout(r, Math.max(0, 1000 - (performance.now() - started))));
  }
  console.log(JSON.stringify({ times, cpu }));
  await db.$disconnect();
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
