/**
 * The one rounding every score goes through, so that offers whose weighted sums are equal in exact
 * arithmetic get identical values everywhere (cells, ranks, verdicts, files). Pure; no Office, no DOM.
 */

/** Scores, contributions and score ranges are rounded to this many decimal places of a point. */
export const SCORE_DECIMALS = 9;

/**
 * x rounded to 9 decimals. Two steps, because float noise (about 1e-14 on a 0-100 score) can sit on
 * either side of a half-way point: first snap to a grid of 1e-11 (an integer below 2^53 for |x| <= 100),
 * which removes the noise unless the exact value is within ~1e-13 of a grid half-way point, then round
 * that integer half up to 9 decimals. -0 comes back as 0.
 */
export function roundScore(x: number): number {
  const r = Math.round(Math.round(x * 1e11) / 100) / 1e9;
  return r === 0 ? 0 : r;
}
