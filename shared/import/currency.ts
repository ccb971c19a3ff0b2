const NAMED: Readonly<Record<string, string>> = {
  $: 'USD', US$: 'USD', 'U.S. DOLLAR': 'USD', 'US DOLLAR': 'USD', DOLLAR: 'USD', '€': 'EUR', EURO: 'EUR', '£': 'GBP',
  HK$: 'HKD', RMB: 'CNY', 美元: 'USD', 港币: 'HKD', 港元: 'HKD', 人民币: 'CNY', 日元: 'JPY', 欧元: 'EUR', 英镑: 'GBP',
};

export type CurrencyResult = { kind: 'code'; code: string } | { kind: 'missing' } | { kind: 'invalid' };

/** A currency cell → ISO-shaped code: 'usd' → USD, '$' → USD, '港币' → HKD; 'XYZ1' is invalid. */
export function readCurrency(text: string | undefined): CurrencyResult {
  const t = (text ?? '').trim();
  if (t === '' || t === '--' || /^n\/?a$/i.test(t)) return { kind: 'missing' };
  const upper = t.toUpperCase();
  const named = NAMED[upper];
  if (named) return { kind: 'code', code: named };
  return /^[A-Z]{3}$/.test(upper) ? { kind: 'code', code: upper } : { kind: 'invalid' };
}
