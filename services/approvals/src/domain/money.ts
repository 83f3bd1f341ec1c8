/** Minor units → "12,500.00" with the currency's own number of decimals (JPY has none). */
export function formatMinor(amountMinor: number, currency: string): string {
  let digits = 2;
  try {
    digits =
      new Intl.NumberFormat('en-US', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    // an unknown code: keep two decimals
  }
  const major = amountMinor / 10 ** digits;
  return new Intl.NumberFormat('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(major);
}

/** The one line an approver reads: "PO 12,500.00 USD — Acme AV, lighting-technician × 3 day". */
export function poSummary(po: {
  amountMinor: number;
  currency: string;
  vendorName: string;
  description: string;
}): string {
  const line = `PO ${formatMinor(po.amountMinor, po.currency)} ${po.currency} — ${po.vendorName}`;
  return po.description ? `${line}, ${po.description}` : line;
}
