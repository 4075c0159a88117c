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

/** xoshiro128**: a period of 2^128 - 1, and it passes BigCrush; plenty for a million draws a call. */
export class Xoshiro128ss {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  constructor(seed: number = PFIRST_SEED) {
    [this.s0, this.s1, this.s2, this.s3] = seedState(seed);
  }

  /** The next output, an unsigned 32-bit integer. */
  nextUint32(): number {
    const m = Math.imul(this.s1, 5);
    const result = Math.imul((m << 7) | (m >>> 25), 9) >>> 0;
    const t = this.s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = (this.s3 << 11) | (this.s3 >>> 21);
    return result;
  }

  /** A uniform number in [0, 1): the next output divided by 2^32. */
  nextUniform(): number {
    return this.nextUint32() * TWO_TO_MINUS_32;
  }

  /**
   * buf[0..n-1] = the next n uniforms, the same numbers n calls of nextUniform() give. One call per
   * scenario keeps the state in locals for the whole batch, which the sampler's inner loop needs.
   */
  fillUniform(buf: Float64Array, n: number): void {
    let s0 = this.s0;
    let s1 = this.s1;
    let s2 = this.s2;
    let s3 = this.s3;
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
    this.s0 = s0;
    this.s1 = s1;
    this.s2 = s2;
    this.s3 = s3;
  }
}
