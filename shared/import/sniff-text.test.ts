import { describe, expect, it } from 'vitest';
import { sniffText } from './sniff-text';

describe('sniffText', () => {
  it('refuses blank text as empty', () => {
    expect(sniffText(' \r\n\t\n', 'a.csv')?.message).toBe('The file is empty.');
  });
  it('refuses HTML, naming the extension', () => {
    expect(sniffText('<!DOCTYPE html>\n<html>', 'positions.csv')?.message).toBe(
      'This is an HTML page saved under a .csv name — probably a failed download or an expired session — not a CSV export.',
    );
    expect(sniffText('\n  <html><body>expired</body></html>', 'x.txt')?.message).toMatch(/under a \.txt name/);
  });
  it('refuses XML that is not HTML', () => {
    expect(sniffText('<?xml version="1.0"?><Workbook/>', 'a.csv')?.message).toMatch(/XML document/);
  });
  it('refuses text full of control characters', () => {
    expect(sniffText('a\u0001b\u0002c\u0003d\u0004', 'a.csv')?.message).toMatch(/binary data/);
    expect(sniffText('a,b\u0000', 'a.csv')?.message).toMatch(/binary data/);
  });
  it('accepts a CSV', () => {
    expect(sniffText('symbol,quantity\r\nNVDA,1\r\n', 'a.csv')).toBeNull();
  });
});
