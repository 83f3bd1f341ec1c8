/**
 * Splits items into runs whose estimated size stays under `budgetBytes` (at least one item
 * each), so a very large batch becomes a few statements of bounded size rather than one huge one.
 */
export function chunkBySize<T>(items: T[], sizeOf: (item: T) => number, budgetBytes = STATEMENT_BUDGET_BYTES): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const item of items) {
    const size = sizeOf(item);
    if (current.length > 0 && bytes + size > budgetBytes) {
      chunks.push(current);
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += size;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** A command's events or a consumer batch's fit in one statement; thousands of events take a few. */
export const STATEMENT_BUDGET_BYTES = 1024 * 1024;
