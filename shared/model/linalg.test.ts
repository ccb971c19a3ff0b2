import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { choleskyPsd, matrix, minEigenvalue, multiply, pseudoInverse, psdSqrt, psdSqrtLeading, subMatrix, symmetricEigen } from './linalg';

const gram = (rows: number[][]): number[][] => rows.map((a) => rows.map((b) => a.reduce((s, v, k) => s + v * b[k]!, 0)));

describe('linalg', () => {
  it('Cholesky reproduces a positive-definite matrix', () => {
    const a = matrix(3, [
      [4, 2, 0.4],
      [2, 5, 1],
      [0.4, 1, 3],
    ]);
    const l = choleskyPsd(a);
    const lt = new Float64Array(9);
    for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) lt[i * 3 + j] = l[j * 3 + i]!;
    const back = multiply(l, lt, 3, 3, 3);
    back.forEach((v, k) => expect(v).toBeCloseTo(a.a[k]!, 12));
    expect(l[0 * 3 + 1]).toBe(0); // lower triangular
  });

  it('Cholesky of a singular PSD matrix (rank 1) gives zero columns instead of failing', () => {
    const s = [1, -1, 1];
    const a = matrix(3, s.map((x) => s.map((y) => x * y)));
    const l = choleskyPsd(a);
    expect([...l]).toEqual([1, 0, 0, -1, 0, 0, 1, 0, 0]);
  });

  it('rejects a matrix that is not PSD', () => {
    expect(() => choleskyPsd(matrix(2, [[1, 2], [2, 1]]))).toThrow(/positive semi-definite/);
  });

  it('eigenvalues of a Gram matrix are ≥ 0 and reconstruct it; pseudo-inverse inverts (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.double({ min: -2, max: 2, noNaN: true }), { minLength: 4, maxLength: 4 }), { minLength: 4, maxLength: 4 }), (rows) => {
        const g = gram(rows.map((r) => r.map((v) => v + 0.5 * Math.sign(v))));
        const m = matrix(4, g.map((r, i) => r.map((v, j) => v + (i === j ? 0.1 : 0))));
        const { values, vectors } = symmetricEigen(m);
        expect(Math.min(...values)).toBeGreaterThan(0.099);
        for (let i = 0; i < 4; i++)
          for (let j = 0; j < 4; j++) {
            let s = 0;
            for (let k = 0; k < 4; k++) s += vectors[i * 4 + k]! * values[k]! * vectors[j * 4 + k]!;
            expect(s).toBeCloseTo(m.a[i * 4 + j]!, 8);
          }
        const inv = pseudoInverse(m);
        const id = multiply(m.a, inv, 4, 4, 4);
        id.forEach((v, k) => expect(v).toBeCloseTo(k % 5 === 0 ? 1 : 0, 6));
        expect(minEigenvalue(m)).toBeCloseTo(Math.min(...values), 12);
      }),
      { numRuns: 50 },
    );
  });

  it('psdSqrtLeading keeps the square root of the leading block bit for bit and still reproduces the whole matrix', () => {
    const rows = [
      [4, 2, 0.4, 1, -0.5],
      [2, 5, 1, 0.3, 0.2],
      [0.4, 1, 3, -0.6, 0.1],
      [1, 0.3, -0.6, 2, 0.4],
      [-0.5, 0.2, 0.1, 0.4, 1.5],
    ];
    const a = matrix(5, rows);
    const l = psdSqrtLeading(a, 3);
    const lead = psdSqrt({ n: 3, a: subMatrix(a, [0, 1, 2], [0, 1, 2]) });
    for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) expect(l[i * 5 + j]).toBe(lead[i * 3 + j]);
    for (let i = 0; i < 5; i++) for (let j = i + 1; j < 5; j++) expect(l[i * 5 + j]).toBe(0); // lower triangular
    const lt = new Float64Array(25);
    for (let i = 0; i < 5; i++) for (let j = 0; j < 5; j++) lt[i * 5 + j] = l[j * 5 + i]!;
    multiply(l, lt, 5, 5, 5).forEach((v, k) => expect(v).toBeCloseTo(a.a[k]!, 12));
    // k = 0 or k = n: the plain square root
    expect([...psdSqrtLeading(a, 5)]).toEqual([...psdSqrt(a)]);
  });

  it('psdSqrtLeading handles a singular leading block (perfectly correlated, λ = 1)', () => {
    // x, −x, and y correlated 0.5 with x: the leading 2×2 block has rank 1.
    const a = matrix(3, [
      [1, -1, 0.5],
      [-1, 1, -0.5],
      [0.5, -0.5, 1],
    ]);
    const l = psdSqrtLeading(a, 2);
    const lt = new Float64Array(9);
    for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) lt[i * 3 + j] = l[j * 3 + i]!;
    multiply(l, lt, 3, 3, 3).forEach((v, k) => expect(v).toBeCloseTo(a.a[k]!, 9));
  });
});
