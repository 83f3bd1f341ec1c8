const formats = new Map<string, { digits: number; format: Intl.NumberFormat }>();

/** One formatter per currency: building an Intl.NumberFormat costs far more than using one. */
function formatFor(currency: string): { digits: number; format: Intl.NumberFormat } {
  let known = formats.get(currency);
  if (!known) {
    let digits = 2;
    try {
      digits =
        new Intl.NumberFormat('en-US', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    } catch {
      // an unknown code: keep two decimals
    }
    known = {
      digits,
      format: new Intl.NumberFormat('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }),
    };
    if (formats.size < 1000) formats.set(currency, known);
  }
  return known;
}

/** Minor units → "12,500.00" with the currency's own number of decimals (JPY has none). */
export function formatMinor(amountMinor: number, currency: string): string {
  const { digits, format } = formatFor(currency);
  return format.format(amountMinor / 10 ** digits);
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

/** "BOM line +1,200.00 USD — av: LED wall 6×3 m" (the signed change in planned amount). */
export function bomLineSummary(line: {
  deltaMinor: number;
  currency: string;
  category: string;
  description: string;
}): string {
  const sign = line.deltaMinor < 0 ? '−' : '+';
  return `BOM line ${sign}${formatMinor(Math.abs(line.deltaMinor), line.currency)} ${line.currency} — ${line.category}: ${line.description}`;
}

/** "SOW 12,500.00 USD — Brightline AV: Lighting for Summit", or without a value "MSA — Brightline AV: Master agreement". */
export function contractSummary(c: {
  kind: string;
  valueMinor?: number | null | undefined;
  currency?: string | null | undefined;
  vendorName: string;
  title: string;
}): string {
  const value = c.valueMinor != null && c.currency ? ` ${formatMinor(c.valueMinor, c.currency)} ${c.currency}` : '';
  return `${c.kind}${value} — ${c.vendorName}: ${c.title}`;
}
