import "server-only";
import { formatDay } from "@/lib/dates/precision";
import { listEventsForPicker } from "@/lib/events/queries";
import { listPeopleForPicker } from "@/lib/people/queries";
import { listSourcesForPicker } from "@/lib/sources/queries";
import type { StatementForEdit } from "@/lib/statements/staff-queries";
import { listTopicsForPicker } from "@/lib/topics/queries";
import type { Option, StatementFormOptions } from "./statement-form";

/** Adds what the statement already links to but the pickers leave out (deleted records). */
function withLinked(options: Option[], linked: { id: number; label: string; deleted: boolean }[]): Option[] {
  const present = new Set(options.map((option) => option.value));
  const missing = linked
    .filter((item) => !present.has(String(item.id)))
    .map((item) => ({ value: String(item.id), label: `${item.label}${item.deleted ? " (deleted)" : ""}` }));
  return [...options, ...missing];
}

/** The choices of the statement form's pickers, as labels an analyst can tell apart. */
export async function statementFormOptions(edit?: StatementForEdit): Promise<StatementFormOptions> {
  const [people, events, sources, topics] = await Promise.all([
    listPeopleForPicker(),
    listEventsForPicker(),
    listSourcesForPicker(),
    listTopicsForPicker(),
  ]);
  const linked = edit?.linked;
  return {
    speakers: withLinked(
      people.map((p) => ({ value: String(p.id), label: p.name })),
      linked ? [{ id: linked.speaker.id, label: linked.speaker.name, deleted: linked.speaker.deleted }] : [],
    ),
    events: withLinked(
      events.map((e) => ({
        value: String(e.id),
        label: [e.name, e.location, e.date ? formatDay(e.date) : null].filter(Boolean).join(", "),
      })),
      linked?.event ? [{ id: linked.event.id, label: linked.event.name, deleted: linked.event.deleted }] : [],
    ),
    sources: withLinked(
      sources.map((s) => ({
        value: String(s.id),
        label: `${s.title}${s.outlet ? ` (${s.outlet})` : ""}${s.publishedOn ? `, ${formatDay(s.publishedOn)}` : ""}`,
      })),
      (linked?.sources ?? []).map((s) => ({ id: s.id, label: s.title, deleted: s.deleted })),
    ),
    topics: withLinked(
      topics.map((t) => ({ value: String(t.id), label: t.name })),
      (linked?.topics ?? []).map((t) => ({ id: t.id, label: t.name, deleted: t.deleted })),
    ),
    linkedStatements: linked?.statements ?? {},
  };
}
