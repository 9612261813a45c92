// Word-level difference between a quote as it stands in the source and as it stands in the
// statement, for showing an analyst what changed. Words are compared after typographic
// normalisation (curly vs straight quotes, dashes, non-breaking spaces), so retyping a quote
// does not count as changing it; the original words are what the result shows.

export type DiffOp = { op: "equal" | "delete" | "insert"; text: string };

/** The comparable form of a text: typographic variants unified, whitespace collapsed. */
export function typographic(text: string): string {
  return text
    .replace(/[‘’‚‛′`]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‐‑‒–—―−]/g, "-")
    .replace(/…/g, "...")
    .replace(/[\s\u00a0\u2000-\u200b]+/g, " ")
    .trim();
}

const MAX_CELLS = 4_000_000;

function push(ops: DiffOp[], op: DiffOp["op"], word: string) {
  const last = ops[ops.length - 1];
  if (last && last.op === op) last.text += " " + word;
  else ops.push({ op, text: word });
}

/** The edit from `source` to `current`, word by word (longest common subsequence). */
export function diffWords(source: string, current: string): DiffOp[] {
  const a = source.split(/\s+/).filter(Boolean);
  const b = current.split(/\s+/).filter(Boolean);
  const ka = a.map(typographic);
  const kb = b.map(typographic);
  let head = 0;
  while (head < a.length && head < b.length && ka[head] === kb[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && ka[a.length - 1 - tail] === kb[b.length - 1 - tail]) tail++;
  const ops: DiffOp[] = [];
  for (let i = 0; i < head; i++) push(ops, "equal", b[i]!);
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const keyA = ka.slice(head, ka.length - tail);
  const keyB = kb.slice(head, kb.length - tail);
  if (midA.length * midB.length > MAX_CELLS) {
    for (const word of midA) push(ops, "delete", word);
    for (const word of midB) push(ops, "insert", word);
  } else {
    const n = midA.length;
    const m = midB.length;
    const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lcs[i]![j] = keyA[i] === keyB[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && keyA[i] === keyB[j]) {
        push(ops, "equal", midB[j]!);
        i++;
        j++;
      } else if (i < n && (j === m || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) {
        push(ops, "delete", midA[i]!);
        i++;
      } else {
        push(ops, "insert", midB[j]!);
        j++;
      }
    }
  }
  for (let i = b.length - tail; i < b.length; i++) push(ops, "equal", b[i]!);
  return ops;
}

/** How many words a diff changes (deleted plus inserted). */
export function diffDistance(ops: readonly DiffOp[]): number {
  return ops.filter((op) => op.op !== "equal").reduce((sum, op) => sum + op.text.split(" ").length, 0);
}
