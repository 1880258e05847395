// White space as JavaScript's own trim and `\s` see it, told by character code: the Markdown reader and
// the manifest scanner test it on every line they read, where a regex call per character was a cost.

/** The characters String.prototype.trim removes and `\s` matches (White_Space plus line terminators). */
export function isSpace(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 160) return false;
  return (
    c === 160 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
