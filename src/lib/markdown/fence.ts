// Fenced code blocks as CommonMark reads them: a run of 3+ backticks or tildes indented at most 3
// spaces opens one (a backtick fence's info string may not hold a backtick, else it is inline code);
// a run of the same character, at least as long and with nothing after it, closes it. Every Markdown
// reader here shares this so they agree on what is code and what is text.

const OPEN = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const CLOSE = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;

/** The fence this line opens (its marker and trimmed info string), or undefined. */
export function fenceOpen(line: string): { marker: string; info: string } | undefined {
  const m = OPEN.exec(line);
  if (!m) return undefined;
  const marker = m[1] as string;
  const rest = m[2] as string;
  if (marker[0] === '`' && rest.includes('`')) return undefined;
  return { marker, info: rest.trim() };
}

/** Whether this line closes the fence opened by `marker`. */
export function closesFence(line: string, marker: string): boolean {
  const m = CLOSE.exec(line);
  return m !== null && (m[1] as string)[0] === marker[0] && (m[1] as string).length >= marker.length;
}

/** A line-by-line reader: true for each line that belongs to a fenced block, fence lines included. */
export function fenceTracker(): (line: string) => boolean {
  let open: string | undefined;
  return (line) => {
    if (open !== undefined) {
      if (closesFence(line, open)) open = undefined;
      return true;
    }
    open = fenceOpen(line)?.marker;
    return open !== undefined;
  };
}
