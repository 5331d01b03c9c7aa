/**
 * auth0-deploy-cli's keyword replacement (AUTH0_KEYWORD_REPLACE_MAPPINGS), as its tools/utils.js does it:
 * `@@KEY@@` becomes the value as JSON, `##KEY##` the value as text; a keyword without a mapping stays.
 * Unlike deploy-cli's, this remembers where each replacement went, so that a position in the deployed code
 * (an Action's stack) maps back to the team's own file.
 */

/** The mapping, by keyword, as a deploy-cli config holds it. */
export type KeywordMappings = Readonly<Record<string, unknown>>;

/** One replaced keyword: where it was in the source, where its value is in the output. */
interface Replacement {
  sourceStart: number;
  sourceEnd: number;
  outputStart: number;
  outputEnd: number;
}

export interface Replaced {
  text: string;
  /** The 1-based line and column in the source of a 1-based position in `text`. */
  sourcePosition: (line: number, col: number) => { line: number; col: number };
}

const KEYWORD = /@@([A-Za-z0-9_]+)@@|##([A-Za-z0-9_]+)##/g;

export function replaceKeywords(source: string, mappings: KeywordMappings): Replaced {
  const replacements: Replacement[] = [];
  let text = '';
  let last = 0;
  for (const match of source.matchAll(KEYWORD)) {
    const [whole, arrayKey, stringKey] = match;
    const key = arrayKey ?? stringKey ?? '';
    if (!Object.hasOwn(mappings, key)) continue;
    const value = mappings[key];
    const replacement = arrayKey !== undefined ? JSON.stringify(value) : String(value);
    text += source.slice(last, match.index);
    replacements.push({
      sourceStart: match.index,
      sourceEnd: match.index + whole.length,
      outputStart: text.length,
      outputEnd: text.length + replacement.length,
    });
    text += replacement;
    last = match.index + whole.length;
  }
  text += source.slice(last);
  return {
    text,
    sourcePosition: (line, col) => {
      const offset = offsetOf(text, line, col);
      const before = replacements.filter((r) => r.outputStart <= offset);
      const inside = before.find((r) => offset < r.outputEnd);
      const lastBefore = before.at(-1);
      const sourceOffset = inside
        ? inside.sourceStart
        : lastBefore
          ? lastBefore.sourceEnd + (offset - lastBefore.outputEnd)
          : offset;
      return positionOf(source, sourceOffset);
    },
  };
}

function offsetOf(text: string, line: number, col: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) break;
    offset = next + 1;
  }
  return offset + col - 1;
}

function positionOf(text: string, offset: number): { line: number; col: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, col: offset - (before.lastIndexOf('\n') + 1) + 1 };
}
