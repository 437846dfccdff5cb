/**
 * The body of the fenced block that follows `marker` in a Markdown text;
 * `file` names the document in the error when there is none.
 */
export function fencedBlock(
  text: string,
  marker: string,
  file: string,
): string {
  const at = text.indexOf(marker);
  if (at < 0) throw new Error(`${file} has no block marked ${marker}`);
  const match = /```[a-z]*\n([\s\S]*?)\n```/.exec(text.slice(at));
  if (!match)
    throw new Error(`${file}: the block marked ${marker} has no fence`);
  return match[1];
}
