/** A JSDoc comment (ending in a newline) for an Avro `doc`, or '' when there is none. */
export function docComment(doc: string | undefined, indent: string): string {
  if (!doc) return '';
  const lines = doc.replaceAll('*/', '*\\/').split('\n');
  if (lines.length === 1) return `${indent}/** ${lines[0]} */\n`;
  return [`${indent}/**`, ...lines.map((line) => `${indent} * ${line}`.trimEnd()), `${indent} */`, ''].join('\n');
}
