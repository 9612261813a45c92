import { realCorpus, realPeople } from "@/lib/import/corpus/real";
import { directoryOf, extractReal } from "@/lib/import/real-eval";
const id = process.argv[2]!;
const doc = realCorpus.find((d) => d.id.startsWith(id))!;
for (const c of extractReal(doc, directoryOf(realPeople))) console.log(c.confidence, c.kind, c.origin, JSON.stringify(c.text.slice(0, 80)), "→", c.speaker?.name, c.speaker?.via);
