// The corpus's speaker directory: invented people, with the kinds of aliases analysts record
// (surname, title + surname, a role description).
import type { SpeakerDirectory } from "../types";

export const corpusSpeakers: SpeakerDirectory = [
  {
    id: "helena-varga",
    name: "Helena Varga",
    aliases: ["Varga", "the Secretary General", "Secretary General Varga", "the alliance chief", "alliance chief"],
  },
  { id: "tomas-lindqvist", name: "Tomas Lindqvist", aliases: ["Lindqvist", "Defence Minister Lindqvist", "the Swedish defence minister"] },
  {
    id: "marta-kowalczyk",
    name: "Marta Kowalczyk",
    aliases: ["Kowalczyk", "Foreign Minister Kowalczyk", "the Polish foreign minister"],
  },
  { id: "daniel-okafor", name: "Daniel Okafor", aliases: ["Okafor", "Commissioner Okafor", "the commissioner"] },
  { id: "pierre-lambert", name: "Pierre Lambert", aliases: ["Lambert", "President Lambert", "the French president"] },
  { id: "jean-luc-moreau", name: "Jean-Luc Moreau", aliases: ["Moreau", "Foreign Minister Moreau"] },
  { id: "olena-marchenko", name: "Olena Marchenko", aliases: ["Marchenko", "Deputy Prime Minister Marchenko"] },
  { id: "james-whitfield", name: "James Whitfield", aliases: ["Whitfield", "Secretary Whitfield", "the secretary of state"] },
  {
    id: "ingrid-solheim",
    name: "Ingrid Solheim",
    aliases: ["Solheim", "Prime Minister Solheim", "the Norwegian prime minister"],
  },
  { id: "dmitri-volkov", name: "Dmitri Volkov", aliases: ["Volkov", "Kremlin spokesman Dmitri Volkov"] },
  { id: "klaus-becker", name: "Klaus Becker", aliases: ["Becker", "Chancellor Becker", "the chancellor"] },
];
