// Number words shared by the cost table and the charts. Pure; no chalk here.
import type { OptionName } from '../cost/flow';

export const OPTION_LABEL: Readonly<Record<OptionName, string>> = {
  'direct-connect': 'Direct Connect',
  vpn: 'Site-to-Site VPN',
  internet: 'Internet',
};

/** $1,642.50 (rounded to cents here, at output). */
export function usd(x: number): string {
  const v = Math.round(x * 100) / 100;
  const s = Math.abs(v).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return `${v < 0 ? '-' : ''}$${s}`;
}

/** A unit price with the digits it was published with: $2.25, $0.085, $0.0491. */
export function unitPrice(x: number): string {
  return `$${x.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 6 })}`;
}

/** 20,000 or 3,257.14: grouped, at most two decimals. */
export function amount(x: number, maxDecimals = 2): string {
  return x.toLocaleString('en-US', { maximumFractionDigits: maxDecimals });
}

/** Compact axis labels: 0, 500, 20k, 1.5M (GB) or $0, $800, $2.5k. */
export function compact(x: number): string {
  const a = Math.abs(x);
  const fmt = (v: number, suffix: string) => `${Number(v.toFixed(2)).toString()}${suffix}`;
  if (a >= 1e9) return fmt(x / 1e9, 'G');
  if (a >= 1e6) return fmt(x / 1e6, 'M');
  if (a >= 1e3) return fmt(x / 1e3, 'k');
  return fmt(x, '');
}

/**
 * An axis from 0 covering `max`: about `count` round steps (1, 2, 2.5 or 5 × 10^n), the axis
 * end being the first tick at or above `max`.
 */
export function axis(max: number, count = 5): { max: number; ticks: number[] } {
  if (!(max > 0)) return { max: 1, ticks: [0, 1] };
  const raw = max / count;
  const p = 10 ** Math.floor(Math.log10(raw));
  let step = 10 * p;
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= raw - 1e-12 * p) { step = m * p; break; }
  const n = Math.ceil(max / step - 1e-9);
  const ticks: number[] = [];
  for (let i = 0; i <= n; i++) ticks.push(Number((i * step).toPrecision(12)));
  return { max: ticks[ticks.length - 1], ticks };
}

/** Linear interpolation on a polyline's [x, y] points (x ascending). */
export function valueAt(points: readonly [number, number][], x: number): number {
  if (points.length === 0) return 0;
  if (x <= points[0][0]) return points[0][1];
  for (let i = 1; i < points.length; i++) {
    const [x1, y1] = points[i];
    if (x <= x1) {
      const [x0, y0] = points[i - 1];
      return x1 === x0 ? y1 : y0 + ((y1 - y0) * (x - x0)) / (x1 - x0);
    }
  }
  return points[points.length - 1][1];
}
