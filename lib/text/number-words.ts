// English number words up to ninety, as written out in speech and reporting: what quote
// comparison and claim extraction read as numbers.
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ...["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"].map((word, i) => [word, i] as const),
  ...["eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"].map(
    (word, i) => [word, 11 + i] as const,
  ),
  ...["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"].map((word, i) => [word, 20 + 10 * i] as const),
]);
