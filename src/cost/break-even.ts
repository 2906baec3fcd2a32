// The volume at which Direct Connect starts to pay off against the internet, solved exactly on
// the piecewise-linear cost functions: between two breakpoints both are straight lines.
import type { CostModel, OptionModel } from './model';
import { optionBreakpoints, optionTotal } from './model';

/** Costs closer than this (USD) count as equal: float noise, not a saving. */
const EPSILON_USD = 1e-7;

/**
 * The smallest x ≥ 0 from which f(x) < g(x) holds just beyond x, for piecewise-linear f and
 * g whose slopes change only at `breakpoints`; null when f never gets below g.
 */
export function firstCrossing(f: (x: number) => number, g: (x: number) => number, breakpoints: readonly number[]): number | null {
  const d = (x: number): number => f(x) - g(x);
  const xs = [...new Set([0, ...breakpoints.filter((x) => Number.isFinite(x) && x > 0)])].sort((a, b) => a - b);
  for (let i = 0; i < xs.length; i++) {
    const a = xs[i];
    const da = d(a);
    // Past the last breakpoint both are lines: measure the slope one unit on.
    const last = i === xs.length - 1;
    const b = last ? a + 1 : xs[i + 1];
    const db = d(b);
    if (da < -EPSILON_USD) return a;
    if (last) {
      const slope = db - da;
      return slope < -1e-12 ? a + Math.max(da, 0) / -slope : null;
    }
    if (db < -EPSILON_USD) return da > 0 ? a + ((b - a) * da) / (da - db) : a;
  }
  return null;
}

function option(model: CostModel, name: OptionModel['option']): OptionModel {
  return model.options.find((o) => o.option === name) as OptionModel;
}

/**
 * `breakEvenGbPerMonth` (cost.md): the total monthly volume out of AWS, every flow scaled
 * together keeping its mix, at which direct-connect costs the same as internet; null when
 * direct-connect never gets cheaper or no traffic leaves AWS.
 */
export function breakEvenGbPerMonth(model: CostModel): number | null {
  if (!(model.outGb > 0)) return null;
  const dx = option(model, 'direct-connect');
  const inet = option(model, 'internet');
  const at = (m: OptionModel) => (x: number) => optionTotal(m, x / model.outGb);
  const breakpoints = [...optionBreakpoints(dx), ...optionBreakpoints(inet)].map((s) => s * model.outGb);
  return firstCrossing(at(dx), at(inet), breakpoints);
}
