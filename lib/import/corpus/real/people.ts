// The speakers an analyst would have in the directory when importing the held-out texts, with the
// roles they held (public record). The extraction gets them as its known speakers.
import type { RealPerson } from "./types";

const role = (title: string, organisation: string, startDate: string | null, endDate: string | null = null) => ({ title, organisation, startDate, endDate });

export const realPeople: RealPerson[] = [
  { name: "Mark Rutte", aliases: ["Rutte"], roles: [role("Prime Minister", "Netherlands", "2010-10-14", "2024-07-02"), role("Secretary General", "NATO", "2024-10-01")] },
  { name: "Jens Stoltenberg", aliases: ["Stoltenberg"], roles: [role("Secretary General", "NATO", "2014-10-01", "2024-09-30")] },
  { name: "Anders Fogh Rasmussen", aliases: ["Rasmussen"], roles: [role("Secretary General", "NATO", "2009-08-01", "2014-09-30")] },
  { name: "Donald Trump", aliases: ["Trump", "Donald J. Trump"], roles: [role("President", "United States", "2017-01-20", "2021-01-20"), role("President", "United States", "2025-01-20")] },
  { name: "Joe Biden", aliases: ["Biden"], roles: [role("President", "United States", "2021-01-20", "2025-01-20")] },
  { name: "Barack Obama", aliases: ["Obama"], roles: [role("President", "United States", "2009-01-20", "2017-01-20")] },
  { name: "Robert Fico", aliases: ["Fico"], roles: [role("Prime Minister", "Slovakia", "2023-10-25")] },
  { name: "Peter Pellegrini", aliases: ["Pellegrini"], roles: [role("President", "Slovakia", "2024-06-15")] },
  { name: "Pedro Sánchez", aliases: ["Sánchez", "Pedro Sanchez", "Sanchez"], roles: [role("Prime Minister", "Spain", "2018-06-02")] },
  { name: "Carlos Cuerpo", aliases: ["Cuerpo"], roles: [role("Economy Minister", "Spain", "2023-12-29")] },
  { name: "Keir Starmer", aliases: ["Starmer", "Sir Keir Starmer", "Sir Keir"], roles: [role("Prime Minister", "United Kingdom", "2024-07-05")] },
  { name: "Boris Johnson", aliases: ["Johnson"], roles: [role("Prime Minister", "United Kingdom", "2019-07-24", "2022-09-06")] },
  { name: "Anthony Albanese", aliases: ["Albanese"], roles: [role("Prime Minister", "Australia", "2022-05-23")] },
  { name: "Kaja Kallas", aliases: ["Kallas"], roles: [role("Prime Minister", "Estonia", "2021-01-26", "2024-07-23"), role("High Representative", "European Union", "2024-12-01")] },
  { name: "Ursula von der Leyen", aliases: ["von der Leyen"], roles: [role("President", "European Commission", "2019-12-01")] },
  { name: "Roberta Metsola", aliases: ["Metsola"], roles: [role("President", "European Parliament", "2022-01-18")] },
  { name: "António Costa", aliases: ["Costa", "Antonio Costa"], roles: [role("President", "European Council", "2024-12-01")] },
  { name: "António Guterres", aliases: ["Guterres", "Antonio Guterres"], roles: [role("Secretary-General", "United Nations", "2017-01-01")] },
  { name: "Stéphane Dujarric", aliases: ["Dujarric"], roles: [role("Spokesman", "United Nations", "2014-02-01")] },
  { name: "Josh Earnest", aliases: ["Earnest"], roles: [role("Press Secretary", "White House", "2014-06-20", "2017-01-20")] },
  { name: "Sarah Huckabee Sanders", aliases: ["Sanders", "Sarah Sanders"], roles: [role("Deputy Press Secretary", "White House", "2017-01-20", "2017-07-26")] },
  { name: "Karoline Leavitt", aliases: ["Leavitt"], roles: [role("Press Secretary", "White House", "2025-01-20")] },
  { name: "Matthew Miller", aliases: ["Miller"], roles: [role("Spokesperson", "State Department", "2023-05-22", "2025-01-20")] },
  { name: "Marco Rubio", aliases: ["Rubio"], roles: [role("Secretary of State", "United States", "2025-01-21")] },
  { name: "Emmanuel Macron", aliases: ["Macron"], roles: [role("President", "France", "2017-05-14")] },
  { name: "Friedrich Merz", aliases: ["Merz"], roles: [role("Chancellor", "Germany", "2025-05-06")] },
  { name: "Alexander Stubb", aliases: ["Stubb"], roles: [role("President", "Finland", "2024-03-01")] },
  { name: "Dick Schoof", aliases: ["Schoof"], roles: [role("Prime Minister", "Netherlands", "2024-07-02")] },
  { name: "Volodymyr Zelensky", aliases: ["Zelensky", "Zelenskyy", "Volodymyr Zelenskyy"], roles: [role("President", "Ukraine", "2019-05-20")] },
  { name: "Mykhailo Podoliak", aliases: ["Podoliak"], roles: [] },
  { name: "Gitanas Nausėda", aliases: ["Nausėda", "Nauseda"], roles: [role("President", "Lithuania", "2019-07-12")] },
  { name: "Allison Hart", aliases: ["Hart"], roles: [role("Spokesperson", "NATO", "2024-10-01")] },
  { name: "Vladimir Putin", aliases: ["Putin"], roles: [role("President", "Russia", "2012-05-07")] },
];
