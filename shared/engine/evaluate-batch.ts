import { FACTOR_COUNT, FACTOR_INDEX } from '../model/covariance';
import { FX_MIN_BASE_VALUE } from '../model/fx';
import { Z_INV_STEP, Z_MIN, Z_STEPS } from './kernel';
import { BATCH, P_STRIDE, type Runtime } from './runtime';

const { BTC, HY, PC, GPU_RENT, GPU_RESALE, RATE } = FACTOR_INDEX;
const ZMIN = Z_MIN;
const ZINV = Z_INV_STEP;
const ZMAX = Z_STEPS;

/**
 * Value factors of every group for the batch's first `count` paths at phase-two week t (t = 0: end of phase one),
 * into rt.x[g·BATCH + p], adding w[g·BATCH + p]·x to rt.eq[p]. Loops run group by group, then path by path.
 * Credit groups advance survival S and recovery-marked defaults D when t > 0: weekly survival (1 − PD_idio)^{1/52};
 * defaulted debt is marked at the path's current recovery through its workout and locked at the recovery of the
 * week the workout ends (or carried at the horizon's, whichever comes first).
 */
export function evaluateBatch(rt: Runtime, t: number, count: number): void {
  const { x, eps, w, eq, fb, tmp, P, fxr, fxRow } = rt;
  // Module constants copied into locals: bundlers may turn them into mutable vars the JIT cannot fold.
  const NB = BATCH;
  const NP = P_STRIDE;
  const rateO = RATE * NB;
  const pcO = PC * NB;
  const hyO = HY * NB;
  // FX legs: (1 + f_C)/(1 + f_B) once per currency pair and path; a group multiplies its value factor by its row
  // (row 0, all ones, for groups in a currency that moves like the base: × 1 is exact).
  if (rt.nFx > 0) fxRates(rt, count);
  const { linIdx, linStart, linFactor, linBeta, lin3Factor, lin3Beta } = rt;
  for (let q = 0; q < linIdx.length; q++) {
    const g = linIdx[q]!;
    const o = g * NB;
    const xo = fxRow[g]! * NB;
    if (linStart[g + 1]! - linStart[g]! <= 3) {
      // Up to three loadings, padded with a zero factor row: one fused loop.
      const f1 = lin3Factor[3 * g]! * NB;
      const f2 = lin3Factor[3 * g + 1]! * NB;
      const f3 = lin3Factor[3 * g + 2]! * NB;
      const b1 = lin3Beta[3 * g]!;
      const b2 = lin3Beta[3 * g + 1]!;
      const b3 = lin3Beta[3 * g + 2]!;
      for (let p = 0; p < count; p++) {
        const v = Math.max(1 + eps[o + p]! + b1 * fb[f1 + p]! + b2 * fb[f2 + p]! + b3 * fb[f3 + p]!, 0) * fxr[xo + p]!;
        x[o + p] = v;
        eq[p] = eq[p]! + w[o + p]! * v;
      }
      continue;
    }
    for (let p = 0; p < count; p++) tmp[p] = eps[o + p]!;
    for (let j = linStart[g]!, e = linStart[g + 1]!; j < e; j++) {
      const beta = linBeta[j]!;
      const fo = linFactor[j]! * NB;
      for (let p = 0; p < count; p++) tmp[p] = tmp[p]! + beta * fb[fo + p]!;
    }
    for (let p = 0; p < count; p++) {
      const v = Math.max(1 + tmp[p]!, 0) * fxr[xo + p]!;
      x[o + p] = v;
      eq[p] = eq[p]! + w[o + p]! * v;
    }
  }
  const bondIdx = rt.bondIdx;
  for (let q = 0; q < bondIdx.length; q++) {
    const g = bondIdx[q]!;
    const o = g * NB;
    const k = g * NP;
    const dur = P[k]!;
    const half = 0.5 * P[k + 1]!;
    const a = P[k + 2]! * 1e-4;
    const b = P[k + 3]! * 1e-4;
    const so = P[k + 4]! * NB;
    const xo = fxRow[g]! * NB;
    for (let p = 0; p < count; p++) {
      const dy = a * fb[rateO + p]! + b * fb[so + p]!;
      const r = eps[o + p]! - dur * dy + half * dy * dy;
      const v = Math.max(1 + r, 0) * fxr[xo + p]!;
      x[o + p] = v;
      eq[p] = eq[p]! + w[o + p]! * v;
    }
  }
  const listedIdx = rt.listedIdx;
  for (let q = 0; q < listedIdx.length; q++) {
    const g = listedIdx[q]!;
    const o = g * NB;
    const beta = P[g * NP]!;
    const disc = P[g * NP + 1]!;
    const xo = fxRow[g]! * NB;
    for (let p = 0; p < count; p++) {
      const r = eps[o + p]! + beta * fb[pcO + p]! + disc * fb[hyO + p]!;
      const v = Math.max(1 + r, 0) * fxr[xo + p]!;
      x[o + p] = v;
      eq[p] = eq[p]! + w[o + p]! * v;
    }
  }
  const nonTradedIdx = rt.nonTradedIdx;
  for (let q = 0; q < nonTradedIdx.length; q++) {
    // Marks show the PC move of markLag weeks ago; phase one's move built up linearly over its h weeks.
    const g = nonTradedIdx[q]!;
    const o = g * NB;
    const beta = P[g * NP]!;
    const h = rt.h;
    const hist = rt.pcHist;
    const f1b = rt.f1b;
    const tp = t + h - P[g * NP + 1]!;
    const s = tp - h;
    const i0 = Math.floor(s);
    const i1 = i0 + 1 <= t ? i0 + 1 : t;
    const frac = s - i0;
    const ramp = tp > 0 ? tp / h : 0;
    const xo = fxRow[g]! * NB;
    for (let p = 0; p < count; p++) {
      let marked: number;
      if (tp > h) {
        const h0 = hist[i0 * NB + p]!;
        marked = h0 + frac * (hist[i1 * NB + p]! - h0);
      } else marked = f1b[pcO + p]! * ramp;
      const r = eps[o + p]! + beta * marked;
      const v = Math.max(1 + r, 0) * fxr[xo + p]!;
      x[o + p] = v;
      eq[p] = eq[p]! + w[o + p]! * v;
    }
  }
  const cashIdx = rt.cashIdx;
  for (let q = 0; q < cashIdx.length; q++) {
    // Cash in another currency: worth its FX leg.
    const g = cashIdx[q]!;
    const o = g * NB;
    const xo = fxRow[g]! * NB;
    for (let p = 0; p < count; p++) {
      const v = fxr[xo + p]!;
      x[o + p] = v;
      eq[p] = eq[p]! + w[o + p]! * v;
    }
  }
  if (rt.cGroup.length > 0) evaluateCredit(rt, t, count);
}

/** fxr rows 1..nFx: (1 + f_C)/(1 + f_B) per path, the base's value floored (model/fx.ts). */
function fxRates(rt: Runtime, count: number): void {
  const { fxr, fxFactor, fb } = rt;
  const NB = BATCH;
  const floor = FX_MIN_BASE_VALUE;
  for (let r = 1; r <= rt.nFx; r++) {
    const co = fxFactor[2 * r]! * NB;
    const bo = fxFactor[2 * r + 1]! * NB;
    const ro = r * NB;
    for (let p = 0; p < count; p++) fxr[ro + p] = (1 + fb[co + p]!) / Math.max(1 + fb[bo + p]!, floor);
  }
}

function evaluateCredit(rt: Runtime, t: number, count: number): void {
  const { x, w, eq, fb, f1b, Wb, lnU, coll, revModel, collModel, S, D, L, Shist, pd: pdTab, survival: svTab, fxr, fxRow } = rt;
  const NB = BATCH;
  const zMin = ZMIN;
  const zInv = ZINV;
  const zMax = ZMAX;
  const btcO = BTC * NB;
  const rentO = GPU_RENT * NB;
  const resaleO = GPU_RESALE * NB;
  const hyO = HY * NB;
  // Coverage reads sustained moves (phase one's f scaled by the regime's mean path) in full and the paths' noise W
  // in the share k (model/instruments.ts cashFlowSplit). At t = 0, and on the mean path, this is the factor itself.
  const aBtc = rt.multipliers[t * FACTOR_COUNT + BTC]!;
  const aRent = rt.multipliers[t * FACTOR_COUNT + GPU_RENT]!;
  // Sign-dependent regimes (retraceIfNegative): the extra multiplier for a path whose phase-one move was negative.
  const dBtc = rt.multipliersNegDelta[t * FACTOR_COUNT + BTC]!;
  const dRent = rt.multipliersNegDelta[t * FACTOR_COUNT + GPU_RENT]!;
  const wBtcO = rt.wBtcO;
  const wRentO = rt.wRentO;
  for (let k = 0; k < rt.nRev; k++) {
    // u = EBITDA multiplier 1 + ρ/m with ρ = w_btc·BTC + w_gpu·GPU_RENT. u ≤ 0 (DSCR' ≤ 0) gives ln u ≈ −691:
    // far below the table, whose first entry is PD = 1, survival 0. Branch-free: a stressed u flips sign often.
    const wb = revModel[4 * k]! * revModel[4 * k + 2]!;
    const wg = revModel[4 * k + 1]! * revModel[4 * k + 2]!;
    const pass = revModel[4 * k + 3]!;
    const o = k * NB;
    if (dBtc !== 0 || dRent !== 0) {
      for (let p = 0; p < count; p++) {
        const fB = f1b[btcO + p]!;
        const fG = f1b[rentO + p]!;
        const b = Math.max(fB * aBtc + Math.min(fB, 0) * dBtc + pass * Wb[wBtcO + p]!, -1);
        const g = Math.max(fG * aRent + Math.min(fG, 0) * dRent + pass * Wb[wRentO + p]!, -1);
        lnU[o + p] = Math.log(Math.max(1 + wb * b + wg * g, 1e-300));
      }
      continue;
    }
    for (let p = 0; p < count; p++) {
      const b = Math.max(f1b[btcO + p]! * aBtc + pass * Wb[wBtcO + p]!, -1);
      const g = Math.max(f1b[rentO + p]! * aRent + pass * Wb[wRentO + p]!, -1);
      lnU[o + p] = Math.log(Math.max(1 + wb * b + wg * g, 1e-300));
    }
  }
  for (let k = 0; k < rt.nColl; k++) {
    const cov = collModel[4 * k]!;
    const cb = collModel[4 * k + 1]!;
    const cg = collModel[4 * k + 2]!;
    const co = collModel[4 * k + 3]!;
    const o = k * NB;
    for (let p = 0; p < count; p++) {
      const c = cov * (cb * (1 + fb[btcO + p]!) + cg * (1 + fb[resaleO + p]!) + co);
      coll[o + p] = Math.min(Math.max(c, 0), 1);
    }
  }
  // Two credit groups per pass (a phantom group with zero weight pads an odd count): two independent dependency
  // chains per path and half the updates of eq. The same arithmetic for both.
  const { cGroup, cRev, cColl, cLnD0, cInvSig, cInvSigH, cSen, cDurB, cInvBase, cWork } = rt;
  const H1 = rt.H + 1;
  const ones = (Shist.length / NB - 1) * NB;
  for (let q = 0; q < cGroup.length; q += 2) {
    const o = cGroup[q]! * NB;
    const o2 = cGroup[q + 1]! * NB;
    const ro = cRev[q]! * NB;
    const ro2 = cRev[q + 1]! * NB;
    const co = cColl[q]! * NB;
    const co2 = cColl[q + 1]! * NB;
    const lnD0 = cLnD0[q]!;
    const lnD02 = cLnD0[q + 1]!;
    const invSig = cInvSig[q]!;
    const invSig2 = cInvSig[q + 1]!;
    const invSigH = cInvSigH[q]!;
    const invSigH2 = cInvSigH[q + 1]!;
    const sen = cSen[q]!;
    const sen2 = cSen[q + 1]!;
    const durB = cDurB[q]!;
    const durB2 = cDurB[q + 1]!;
    const inv = cInvBase[q]!;
    const inv2 = cInvBase[q + 1]!;
    // Survival history rows: now (t), and W and W + 1 weeks ago (the ones row when that is at or before week 0).
    const hNow = (q * H1 + t) * NB;
    const hNow2 = ((q + 1) * H1 + t) * NB;
    const tw = t - cWork[q]!;
    const tw2 = t - cWork[q + 1]!;
    const hOut = tw >= 1 ? (q * H1 + tw) * NB : ones;
    const hOut2 = tw2 >= 1 ? ((q + 1) * H1 + tw2) * NB : ones;
    const hIn = tw >= 1 ? hOut - NB : ones;
    const hIn2 = tw2 >= 1 ? hOut2 - NB : ones;
    // Workouts that end within the horizon need the survival history; longer ones (the defaults' 57 weeks against a
    // 52-week horizon) are all still running: D = (1 − S)·R/base.
    const hist = cWork[q]! < rt.H || cWork[q + 1]! < rt.H;
    const xo = fxRow[cGroup[q]!]! * NB;
    const xo2 = fxRow[cGroup[q + 1]!]! * NB;
    for (let p = 0; p < count; p++) {
      const hy = fb[hyO + p]!;
      // z = ln(DSCR')/σ → PD (σ_cf: the mark) and weekly survival (σ_idio: the hazard) from the tables.
      const lnD = lnD0 + lnU[ro + p]!;
      const lnD2 = lnD02 + lnU[ro2 + p]!;
      const zz = Math.min(Math.max((lnD * invSig - zMin) * zInv, 0), zMax);
      const zz2 = Math.min(Math.max((lnD2 * invSig2 - zMin) * zInv, 0), zMax);
      const i = zz | 0;
      const i2 = zz2 | 0;
      const a = zz - i;
      const a2 = zz2 - i2;
      const pd = pdTab[i]! + a * (pdTab[i + 1]! - pdTab[i]!);
      const pd2 = pdTab[i2]! + a2 * (pdTab[i2 + 1]! - pdTab[i2]!);
      const recovery = sen * coll[co + p]!;
      const recovery2 = sen2 * coll[co2 + p]!;
      // [(1−PD)(1 − D·b·HY) + PD·R] / [(1−PD₀) + PD₀·R₀]
      const ratio = ((1 - pd) * Math.max(1 - durB * hy, 0) + pd * recovery) * inv;
      const ratio2 = ((1 - pd2) * Math.max(1 - durB2 * hy, 0) + pd2 * recovery2) * inv2;
      let v = ratio;
      let v2 = ratio2;
      if (t > 0) {
        const zh = Math.min(Math.max((lnD * invSigH - zMin) * zInv, 0), zMax);
        const zh2 = Math.min(Math.max((lnD2 * invSigH2 - zMin) * zInv, 0), zMax);
        const j = zh | 0;
        const j2 = zh2 | 0;
        const weekly = svTab[j]! + (zh - j) * (svTab[j + 1]! - svTab[j]!);
        const weekly2 = svTab[j2]! + (zh2 - j2) * (svTab[j2 + 1]! - svTab[j2]!);
        // Survival below 1e-15 is default (and keeps denormals, which are slow, out).
        let after = S[o + p]! * weekly;
        if (after < 1e-15) after = 0;
        let after2 = S[o2 + p]! * weekly2;
        if (after2 < 1e-15) after2 = 0;
        S[o + p] = after;
        S[o2 + p] = after2;
        const ri = recovery * inv;
        const ri2 = recovery2 * inv2;
        let d: number;
        let d2: number;
        if (hist) {
          // Defaults of week τ are marked at this week's recovery until their workout ends (τ + W), then locked at
          // the recovery of that week: L gains the cohort of week t − W. Workout 0: paid at the default week's value.
          Shist[hNow + p] = after;
          Shist[hNow2 + p] = after2;
          const out = Shist[hOut + p]!;
          const out2 = Shist[hOut2 + p]!;
          const locked = L[o + p]! + (Shist[hIn + p]! - out) * ri;
          const locked2 = L[o2 + p]! + (Shist[hIn2 + p]! - out2) * ri2;
          L[o + p] = locked;
          L[o2 + p] = locked2;
          d = locked + (out - after) * ri;
          d2 = locked2 + (out2 - after2) * ri2;
        } else {
          d = (1 - after) * ri;
          d2 = (1 - after2) * ri2;
        }
        D[o + p] = d;
        D[o2 + p] = d2;
        v = after * ratio + d;
        v2 = after2 * ratio2 + d2;
      } else if (hist) {
        Shist[hNow + p] = 1;
        Shist[hNow2 + p] = 1;
      }
      v *= fxr[xo + p]!;
      v2 *= fxr[xo2 + p]!;
      x[o + p] = v;
      x[o2 + p] = v2;
      eq[p] = eq[p]! + w[o + p]! * v + w[o2 + p]! * v2;
    }
  }
}
