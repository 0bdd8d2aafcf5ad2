const dollars = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 });
const cents = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumSignificantDigits: 2 });

/** "$25.00"; an amount under a cent keeps two significant digits ("$0.0042") rather than showing as "$0.00". */
export function formatUsd(value: number): string {
  return value > 0 && value < 0.01 ? cents.format(value) : dollars.format(value);
}

/**
 * Reads a budget typed by a person: "25", "12.50", "$1,000". Empty means no budget (null);
 * anything else that is not an amount of dollars and cents is undefined.
 */
export function parseUsdInput(text: string): number | null | undefined {
  const cleaned = text.trim().replace(/^\$\s*/, '').replace(/,(?=\d{3}(\D|$))/g, '');
  if (cleaned === '') return null;
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned) && !/^\.\d{1,2}$/.test(cleaned)) return undefined;
  return Number(cleaned);
}
