/**
 * Auth0's search syntax (a Lucene subset), as `GET /api/v2/logs?q=` and `GET /api/v2/users?q=` read it:
 * - `field:value`, `field:"a quoted value"`, `field:val*` (`*` and `?` wildcards), `field:[a TO b]` and
 *   `field:{a TO b}` (inclusive and exclusive ranges; `*` for an open end); `details.x.y` reaches inside
 * - `AND`, `OR`, `NOT` (or a leading `-`), parentheses; terms side by side are joined by AND
 * - a query it cannot read throws LuceneQueryError, which the route answers with 400
 */
export class LuceneQueryError extends Error {}

type Predicate = (entry: Record<string, unknown>) => boolean;

const TOKEN = /\s*(\(|\)|"(?:[^"\\]|\\.)*"|\[|\]|\{|\}|[^\s()[\]{}"]+)/y;

function tokenize(q: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < q.length) {
    const start = TOKEN.lastIndex;
    const match = TOKEN.exec(q);
    if (!match) {
      if (q.slice(start).trim() === '') break;
      throw new LuceneQueryError(`cannot read the query from "${q.slice(start)}"`);
    }
    tokens.push(match[1] ?? '');
  }
  return tokens;
}

function fieldValue(entry: Record<string, unknown>, path: string): string | undefined {
  // A field named with its dots (a user's `email.domain`) first, then a path into nested objects.
  const value =
    path in entry
      ? entry[path]
      : path
          .split('.')
          .reduce<unknown>(
            (at, part) => (at && typeof at === 'object' ? (at as Record<string, unknown>)[part] : undefined),
            entry,
          );
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return value === undefined || value === null ? undefined : JSON.stringify(value);
}

function unescape(text: string): string {
  return text.replace(/\\(.)/g, '$1');
}

function wildcard(pattern: string): RegExp {
  const source = pattern
    .split(/(\\.|\*|\?)/)
    .map((part) =>
      part === '*' ? '.*' : part === '?' ? '.' : unescape(part).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('');
  return new RegExp(`^${source}$`, 'i');
}

class Parser {
  #at = 0;
  constructor(readonly tokens: string[]) {}

  parse(): Predicate {
    const predicate = this.#or();
    if (this.#at < this.tokens.length) throw new LuceneQueryError(`unexpected "${this.tokens[this.#at]}"`);
    return predicate;
  }

  #peek(): string | undefined {
    return this.tokens[this.#at];
  }

  #next(): string {
    const token = this.tokens[this.#at];
    if (token === undefined) throw new LuceneQueryError('the query ends too early');
    this.#at += 1;
    return token;
  }

  #or(): Predicate {
    const parts = [this.#and()];
    while (this.#peek() === 'OR') {
      this.#next();
      parts.push(this.#and());
    }
    return parts.length === 1 ? parts[0] : (entry) => parts.some((p) => p(entry));
  }

  #and(): Predicate {
    const parts = [this.#unary()];
    for (
      let token = this.#peek();
      token !== undefined && token !== 'OR' && token !== ')';
      token = this.#peek()
    ) {
      if (token === 'AND') this.#next();
      parts.push(this.#unary());
    }
    return parts.length === 1 ? parts[0] : (entry) => parts.every((p) => p(entry));
  }

  #unary(): Predicate {
    const token = this.#peek();
    if (token === 'NOT') {
      this.#next();
      const inner = this.#unary();
      return (entry) => !inner(entry);
    }
    if (token?.startsWith('-') && token.length > 1) {
      this.tokens[this.#at] = token.slice(1);
      const inner = this.#unary();
      return (entry) => !inner(entry);
    }
    if (token === '(') {
      this.#next();
      const inner = this.#or();
      if (this.#next() !== ')') throw new LuceneQueryError('a parenthesis is not closed');
      return inner;
    }
    return this.#term();
  }

  #term(): Predicate {
    const token = this.#next();
    const colon = token.indexOf(':');
    if (colon <= 0) throw new LuceneQueryError(`"${token}" is not field:value`);
    const field = token.slice(0, colon);
    let value = token.slice(colon + 1);
    if (value === '') value = this.#next();
    if (value === '[' || value === '{') return this.#range(field, value === '[');
    if (value.startsWith('"')) {
      const exact = unescape(value.slice(1, -1));
      return (entry) => fieldValue(entry, field) === exact;
    }
    const pattern = wildcard(value);
    return (entry) => {
      const actual = fieldValue(entry, field);
      return actual !== undefined && pattern.test(actual);
    };
  }

  #range(field: string, inclusive: boolean): Predicate {
    const low = this.#next();
    if (this.#next() !== 'TO') throw new LuceneQueryError(`a range on ${field} needs TO`);
    const high = this.#next();
    const close = this.#next();
    if (close !== ']' && close !== '}') throw new LuceneQueryError(`a range on ${field} is not closed`);
    const highInclusive = close === ']';
    const bound = (text: string) => (text === '*' ? undefined : unescape(text.replace(/^"|"$/g, '')));
    const [from, to] = [bound(low), bound(high)];
    return (entry) => {
      const actual = fieldValue(entry, field);
      if (actual === undefined) return false;
      const aboveLow = from === undefined || (inclusive ? actual >= from : actual > from);
      const belowHigh = to === undefined || (highInclusive ? actual <= to : actual < to);
      return aboveLow && belowHigh;
    };
  }
}

/** The entries' filter for `q`; throws LuceneQueryError for a query it cannot read. */
export function luceneQuery(q: string): Predicate {
  if (q.trim() === '') return () => true;
  return new Parser(tokenize(q)).parse();
}
