import { Graphviz } from '@hpcc-js/wasm-graphviz';

/** Graphviz compiled to WebAssembly, loaded once per worker (no browser, no native binary). */
let graphviz: Promise<Graphviz> | undefined;

/** DOT rendered to a standalone SVG document by Graphviz's `dot` layout. */
export async function renderSvg(dot: string): Promise<string> {
  graphviz ??= Graphviz.load();
  return (await graphviz).dot(dot, 'svg');
}
