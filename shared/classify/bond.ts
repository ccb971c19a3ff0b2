/** Bonds are quoted per 100 of face; these rules decide which rows are bonds and read their details. */

export type BondInput = { symbol: string; name: string; assetClass: string | null; securityType: string | null };
export type BondDetails = { coupon: number | null; maturity: string | null };

// 'bond', 'Bonds', 'CORP', 'convertible bond', 'Anleihe' … but not 'bond ETF' or 'bond fund'.
const BOND_CLASS =
  /^(bonds?|fixed income|corp|corporate( bonds?)?|convertibles?( bonds?| notes?)?|govt|government( bonds?)?|treasur(y|ies)|notes?|debentures?|anleihen?|renten|债券|可转债|国债)$/i;
const BOND_WORD = /\b(bonds?|notes?|debentures?|anleihen?)\b/i;
const FUND_WORD = /\b(etfs?|etns?|funds?|trusts?|index|fonds|portfolio)\b|基金/i;
// 'MARA 2.125 09/01/2031', 'CIFR 1 3/4 12/01/30', 'T 0 1/2 03/31/27'
const SYMBOL_BOND = /^([A-Z][A-Z0-9.-]*)\s+(\d+(?:\.\d+)?|\d+\s+\d+\/\d+|\d+\/\d+)\s+(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/i;
const NAME_COUPON = /(\d+(?:\.\d+)?)\s*%/;
const NAME_BOND_WORD = /\b(conv|convertible|sr|senior|sub|nts?|notes?|bds?|bonds?|deb|debentures?|bills?|treas)\b/i;
const NAME_DATE = /\b(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})\b/;

export function detectBond(input: BondInput): boolean {
  for (const text of [input.assetClass, input.securityType]) {
    const t = text?.trim() ?? '';
    if (t === '') continue;
    if (BOND_CLASS.test(t)) return true;
    if (BOND_WORD.test(t) && !FUND_WORD.test(t)) return true;
  }
  if (SYMBOL_BOND.test(input.symbol.trim())) return true;
  const name = input.name;
  return NAME_COUPON.test(name) && NAME_BOND_WORD.test(name) && !FUND_WORD.test(name);
}

/** The issuer's ticker: the first word of a bond symbol such as 'MARA 2.125 09/01/2031'. */
export function bondIssuerSymbol(symbol: string): string {
  return (symbol.trim().split(/\s+/)[0] ?? '').toUpperCase();
}

/** Coupon (in %) and maturity (ISO date) from the symbol or the description, when they say so. */
export function bondDetails(symbol: string, name: string): BondDetails {
  const s = SYMBOL_BOND.exec(symbol.trim());
  if (s) return { coupon: readCoupon(s[2] ?? ''), maturity: isoDate(s[3], s[4], s[5]) };
  const c = NAME_COUPON.exec(name);
  const d = NAME_DATE.exec(name);
  return { coupon: c?.[1] ? Number(c[1]) : null, maturity: d ? isoDate(d[1], d[2], d[3]) : null };
}

function readCoupon(text: string): number | null {
  const parts = text.trim().split(/\s+/);
  let total = 0;
  for (const p of parts) {
    const frac = /^(\d+)\/(\d+)$/.exec(p);
    if (frac) {
      const den = Number(frac[2]);
      if (den === 0) return null;
      total += Number(frac[1]) / den;
    } else {
      total += Number(p);
    }
  }
  return Number.isFinite(total) ? total : null;
}

function isoDate(month?: string, day?: string, year?: string): string | null {
  if (!month || !day || !year) return null;
  const y = year.length === 2 ? 2000 + Number(year) : Number(year);
  const m = Number(month);
  const d = Number(day);
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
