import { describe, expect, it } from 'vitest';
import { detectDelimiter } from './detect-delimiter';

describe('detectDelimiter', () => {
  it('finds commas, also with quoted commas inside values', () => {
    expect(detectDelimiter('symbol,price,value\nNVDA,"1,824.00","$1,824.00"\n')).toBe(',');
  });
  it('finds semicolons in a file with decimal commas', () => {
    expect(detectDelimiter('Name;Stück;Kurs\nNVIDIA;25;158,34\nTagesgeld;1;12.500,00\n')).toBe(';');
  });
  it('finds tabs', () => {
    expect(detectDelimiter('Symbol\tQty\tValue\nNVDA\t10\t1,824.00\n')).toBe('\t');
  });
  it('is not misled by a preamble line', () => {
    expect(detectDelimiter('Positions as of 04:12 PM; account ...512\n\nSymbol,Qty,Price\nA,1,2\nB,3,4\n')).toBe(',');
  });
  it('defaults to a comma for a single column', () => {
    expect(detectDelimiter('hello\nworld\n')).toBe(',');
  });
});
