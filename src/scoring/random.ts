/**
 * The one pseudo-random generator the scoring module uses: xoshiro128** (Blackman and Vigna, 2018)
 * from a fixed seed. Only 32-bit integer arithmetic (Math.imul, shifts), so every machine and every
 * JavaScript engine produces the same numbers. Pure; no Office, no DOM.
 */

/** The seed OFFER.PFIRST starts from on every call, so the same arguments always give the same chances. */
export const PFIRST_SEED = 20261201;

const TWO_TO_MINUS_32 = 1 / 4294967296;

/** MurmurHash3's 32-bit finaliser: spreads consecutive seeds into unrelated state words. */
function fmix32(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The four state words a generator started at seed begins with: fmix32(seed + i * 0x9e3779b9), i = 1..4. */
export function seedState(seed: number): [number, number, number, number] {
  const out: [number, number, number, number] = [0, 0, 0, 0];
  for (let i = 0; i < 4; i++) out[i] = fmix32((seed + Math.imul(i + 1, 0x9e3779b9)) >>> 0);
  // xoshiro must not start from all zeros (it would stay there); a guard costs nothing.
  if ((out[0] | out[1] | out[2] | out[3]) === 0) out[0] = 1;
  return out;
}

/**
 * A generator's state: four 32-bit words in a typed array. A typed array rather than object fields,
 * because optimised code that depends on an object's shape is thrown away when the last object of
 * that shape is collected, and the sampler creates a generator per call.
 */
export type XoshiroState = Int32Array;

export function newState(seed: number = PFIRST_SEED): XoshiroState {
  return Int32Array.from(seedState(seed));
}

/** The next output of xoshiro128** (period 2^128 - 1, passes BigCrush), an unsigned 32-bit integer. */
export function nextUint32(st: XoshiroState): number {
  const s1 = st[1];
  const m = Math.imul(s1, 5);
  const result = Math.imul((m << 7) | (m >>> 25), 9) >>> 0;
  const t = s1 << 9;
  st[2] ^= st[0];
  st[3] ^= s1;
  st[1] ^= st[2];
  st[0] ^= st[3];
  st[2] ^= t;
  st[3] = (st[3] << 11) | (st[3] >>> 21);
  return result;
}

/**
 * buf[0..n-1] = the next n uniforms in [0, 1), each an output divided by 2^32. One call per scenario
 * keeps the state in locals for the whole batch, which the sampler's inner loop needs.
 */
export function fillUniform(st: XoshiroState, buf: Float64Array, n: number): void {
  let s0 = st[0];
  let s1 = st[1];
  let s2 = st[2];
  let s3 = st[3];
  for (let i = 0; i < n; i++) {
    const m = Math.imul(s1, 5);
    buf[i] = (Math.imul((m << 7) | (m >>> 25), 9) >>> 0) * TWO_TO_MINUS_32;
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = (s3 << 11) | (s3 >>> 21);
  }
  st[0] = s0;
  st[1] = s1;
  st[2] = s2;
  st[3] = s3;
}

/** A uniform number in [0, 1): the next output divided by 2^32. */
export function nextUniform(st: XoshiroState): number {
  return nextUint32(st) * TWO_TO_MINUS_32;
}
