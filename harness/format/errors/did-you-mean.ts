/** The closest allowed word to a mistyped one, for the `(did you mean "…"?)` of every message. */

/** ` (did you mean "factors"?)` when one allowed word is a typo away, else nothing. */
export function didYouMean(word: string, candidates: readonly string[]): string {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  const tolerance = Math.max(1, Math.floor((best?.length ?? 0) / 3));
  // A case-only difference (`OTP`) counts as distance 0 and is still worth pointing out.
  return best !== undefined && best !== word && bestDistance <= tolerance ? ` (did you mean "${best}"?)` : '';
}

/** Optimal string alignment distance: edits, counting a swap of neighbours (`fcator`) as one. */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = d[i];
      const prev = d[i - 1];
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(row[j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.length][b.length];
}
