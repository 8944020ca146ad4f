// The diverging colour scale of the differential flame graph: neutral sand for no change, red
// for growth and blue for shrinkage, with intensity linear in |change| ÷ max on a scale that is
// symmetric around zero, so equal reds and blues mean equal amounts.

const neutral = [236, 229, 214] as const;
const grew = [214, 39, 40] as const;
const shrank = [31, 100, 200] as const;

/** CSS colour for a change of `change` on the scale ±`max`. */
export function changeColour(change: number, max: number): string {
  const t = max > 0 && Number.isFinite(change) ? Math.max(-1, Math.min(1, change / max)) : 0;
  const target = t >= 0 ? grew : shrank;
  const a = Math.abs(t);
  const mix = neutral.map((c, i) => Math.round(c + ((target[i] ?? c) - c) * a));
  return `rgb(${mix.join(',')})`;
}

/** Whether dark text reads better than white on the colour for this change. */
export function darkText(change: number, max: number): boolean {
  return max <= 0 || Math.abs(change / max) < 0.6;
}

/** Evenly spaced stops from −max to +max for a legend. */
export function legendStops(max: number, count = 9): { value: number; colour: string }[] {
  return Array.from({ length: count }, (_, i) => {
    const value = -max + (2 * max * i) / (count - 1);
    return { value, colour: changeColour(value, max) };
  });
}
