import { firstDifference, type FlowStep } from './flow-record.ts';

const RED = '#cf222e';

/** A DOT string literal. */
function quoted(text: string): string {
  return `"${text.replaceAll('\\', '\\\\').replaceAll('"', '\\"').replaceAll('\n', '\\n')}"`;
}

/**
 * The scenario's flow as Graphviz DOT: the expected screens down the left, the observed ones down the right,
 * one row per step, each answer on the arrow leaving its screen. On a failure the first difference is red on
 * both sides and the observed column stops where the run did. Checks that have no screen (`logs`) are notes.
 */
export function flowDot(steps: readonly FlowStep[]): string {
  const differs = firstDifference(steps);
  const lines = [
    'digraph flow {',
    '  graph [rankdir=TB, newrank=true, nodesep=0.6, ranksep=0.35, fontname="Helvetica", fontsize=12];',
    '  node [shape=box, style="rounded,filled", fillcolor="#f6f8fa", color="#57606a", fontname="Helvetica", fontsize=11];',
    '  edge [fontname="Helvetica", fontsize=9, color="#57606a"];',
    '  subgraph cluster_expected { label="expected"; color="#d0d7de";',
  ];
  const expectedIds: string[] = [];
  const observedIds: string[] = [];
  steps.forEach((step, i) => {
    const red = i === differs;
    const shape = step.expected === undefined ? ', shape=note' : '';
    const paint = red ? `, color="${RED}", fontcolor="${RED}", penwidth=2` : '';
    lines.push(
      `    e${i} [label=${quoted(step.expected ?? `${step.name}: ${step.answer}`)}${shape}${paint}];`,
    );
    expectedIds.push(`e${i}`);
  });
  lines.push('  }', '  subgraph cluster_observed { label="observed"; color="#d0d7de";');
  steps.forEach((step, i) => {
    // A check has nothing to observe but its outcome; a step the run never reached has nothing at all.
    const reached =
      step.observed !== undefined || (step.expected === undefined && (differs === undefined || i <= differs));
    if (!reached) return;
    const red = i === differs;
    const shape = step.expected === undefined ? ', shape=note' : '';
    const label = step.observed ?? `${step.name}: ${step.failed ? 'failed' : 'as expected'}`;
    const paint = red ? `, fillcolor="#ffebe9", color="${RED}", fontcolor="${RED}", penwidth=2` : '';
    lines.push(`    o${i} [label=${quoted(label)}${shape}${paint}];`);
    observedIds.push(`o${i}`);
  });
  lines.push('  }');
  const chain = (ids: string[]) => {
    for (let k = 0; k + 1 < ids.length; k++) {
      const from = Number(ids[k]?.slice(1));
      const step = steps[from];
      // A check's outcome is in its note; an answer belongs on the arrow leaving its screen.
      const answer = step?.expected === undefined ? '' : step.answer;
      lines.push(`  ${ids[k]} -> ${ids[k + 1]} [label=${quoted(answer)}];`);
    }
  };
  chain(expectedIds);
  chain(observedIds);
  // Row i of both columns on one rank: expected and observed read side by side.
  steps.forEach((_, i) => {
    if (observedIds.includes(`o${i}`)) lines.push(`  { rank=same; e${i}; o${i}; }`);
  });
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
