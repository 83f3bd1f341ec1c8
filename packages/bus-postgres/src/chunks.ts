/**
 * Splits items into runs whose estimated size stays under `budgetBytes` (at least one item each).
 * Why: postgres.js 3.4.9 can hand a connection in a transaction back to the pool when a write
 * fills the socket's buffer (porsager/postgres#823, #1189: UNSAFE_TRANSACTION under load), so
 * the bus keeps every statement it sends well under Node's 64 KiB high-water mark.
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

export const STATEMENT_BUDGET_BYTES = 24 * 1024;
