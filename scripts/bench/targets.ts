/** A figure the bench prints beside its target (issue 13), and by how much it misses it. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** `max`: the figure must not exceed `target`; `min`: it must reach it; undefined: reported only. */
  kind?: 'max' | 'min';
  target?: number;
  /** Why the figure is what it is, when the machine or the options shape it. */
  note?: string;
}

export function met(figure: Figure): boolean | undefined {
  if (figure.target === undefined || figure.kind === undefined) return undefined;
  return figure.kind === 'max' ? figure.value <= figure.target : figure.value >= figure.target;
}

const round = (value: number) =>
  Math.abs(value) >= 100 ? value.toFixed(0) : value.toFixed(value >= 10 ? 1 : 2);

/** `catalogue, 2 workers: 61.2 s (target ≤ 60 s: missed by 1.2 s, 2 %)` */
export function describe(figure: Figure): string {
  const value = `${round(figure.value)} ${figure.unit}`.trim();
  const note = figure.note ? `; ${figure.note}` : '';
  const ok = met(figure);
  if (ok === undefined || figure.target === undefined)
    return `${figure.name}: ${value}${note ? ` (${note.slice(2)})` : ''}`;
  const target = `target ${figure.kind === 'max' ? '≤' : '≥'} ${round(figure.target)} ${figure.unit}`.trim();
  if (ok) return `${figure.name}: ${value} (${target}: met${note})`;
  const by = Math.abs(figure.value - figure.target);
  const percent = figure.target === 0 ? '' : `, ${Math.round((by / figure.target) * 100)} %`;
  const unit = figure.unit ? ` ${figure.unit}` : '';
  return `${figure.name}: ${value} (${target}: missed by ${round(by)}${unit}${percent}${note})`;
}

/** The median of `values` (0 for none). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return 0;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
