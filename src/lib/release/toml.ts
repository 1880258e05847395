// A deliberately small TOML reader: finds `key = "string"` inside one table ([project], [package]).
// Version files need only that, and a full TOML parser is not worth the bundle size. Multi-line
// strings are skipped so text inside them never reads as a table header or key.

export interface TomlHit {
  value: string;
  /** 1-based line of the key. */
  line: number;
}

const HEADER = /^\s*\[\s*([^[\]]+?)\s*\]\s*(?:#.*)?$/;
const ARRAY_HEADER = /^\s*\[\[/;

/** `"a" . b` -> `a.b`: header and dotted-key names compared without quotes or spaces. */
function normName(name: string): string {
  return name
    .split('.')
    .map((p) =>
      p
        .trim()
        .replace(/^"(.*)"$/, '$1')
        .replace(/^'(.*)'$/, '$1'),
    )
    .join('.');
}

/** Decodes a one-line basic ("...") or literal ('...') string; undefined for anything else. */
function stringValue(raw: string): string | undefined {
  const basic = /^"((?:[^"\\]|\\.)*)"\s*(?:#.*)?$/.exec(raw);
  if (basic) {
    return (basic[1] as string).replace(/\\(["\\btnfr])/g, (_m, c: string) =>
      c === 'b' ? '\b' : c === 't' ? '\t' : c === 'n' ? '\n' : c === 'f' ? '\f' : c === 'r' ? '\r' : c,
    );
  }
  const literal = /^'([^']*)'\s*(?:#.*)?$/.exec(raw);
  return literal ? literal[1] : undefined;
}

/** Counts opening/closing of multi-line strings on a line so their content is ignored. */
function togglesMultiline(line: string, open: string | undefined): string | undefined {
  let state = open;
  let i = 0;
  while (i < line.length) {
    if (state) {
      const end = line.indexOf(state, i);
      if (end < 0) return state;
      i = end + 3;
      state = undefined;
      continue;
    }
    const d = line.indexOf('"""', i);
    const s = line.indexOf("'''", i);
    const hash = line.indexOf('#', i);
    const next = [d, s].filter((x) => x >= 0).sort((a, b) => a - b)[0];
    if (next === undefined || (hash >= 0 && hash < next)) return undefined;
    state = next === d ? '"""' : "'''";
    i = next + 3;
  }
  return state;
}

/** The string value of `key` in table `table` ('' for the root table), first occurrence. */
export function tomlString(text: string, table: string, key: string): TomlHit | undefined {
  const lines = text.split(/\r?\n/);
  let current = '';
  let multiline: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (multiline) {
      multiline = togglesMultiline(line, multiline);
      continue;
    }
    const header = ARRAY_HEADER.test(line) ? undefined : HEADER.exec(line);
    if (header) {
      current = normName(header[1] as string);
      continue;
    }
    if (ARRAY_HEADER.test(line)) {
      current = '\u0000array'; // keys of array tables never belong to the table we look for
      continue;
    }
    const kv = /^\s*([A-Za-z0-9_\-."' ]+?)\s*=\s*(.*)$/.exec(line);
    if (kv) {
      const name = normName(kv[1] as string);
      const full = current ? `${current}.${name}` : name;
      const want = table ? `${table}.${key}` : key;
      if (full === want) {
        const value = stringValue((kv[2] as string).trim());
        if (value !== undefined) return { value, line: i + 1 };
      }
    }
    multiline = togglesMultiline(line, undefined);
  }
  return undefined;
}
