// Calendar days as integers (days since 1970-01-01), for arithmetic on many ISO days without
// building Date objects: charts and sorting place hundreds of them per request. UTC throughout,
// so no daylight-saving hour shifts a day.

const DAY_MS = 86_400_000;

export function dayNumber(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / DAY_MS;
}

/** The YYYY-MM-DD day of a day number. */
export function isoDay(dayNumber: number): string {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}
