// `cost --chart FILE`: an SVG line chart of monthly cost against GB a month out of AWS for the
// three options, with the break-even and the declared volume marked. Self-contained SVG 1.1
// (no scripts, no external fonts), readable in any browser or image viewer. Pure.
import type { OptionName } from '../cost/flow';
import type { CostReport } from '../cost/report';
import { amount, axis, compact, OPTION_LABEL, usd, valueAt } from './cost-units';
import { xmlText } from './util';

const W = 940;
const H = 520;
const PLOT = { left: 90, right: 660, top: 70, bottom: 440 };

const STYLE: Readonly<Record<OptionName, { color: string; dash: string }>> = {
  'direct-connect': { color: '#1f6fb4', dash: '' },
  vpn: { color: '#d9711c', dash: '10 5' },
  internet: { color: '#2a9d3a', dash: '3 4' },
};

const f = (x: number): string => (Math.round(x * 10) / 10).toString();

export function formatCostSvg(report: CostReport, options: { title?: string } = {}): string {
  const xAxis = axis(report.curves.xMaxGb, 6);
  let yMaxData = 0;
  for (const s of report.curves.series) for (const [, y] of s.points) yMaxData = Math.max(yMaxData, y);
  const yAxis = axis(yMaxData * 1.05, 6);
  const sx = (x: number): number => PLOT.left + ((PLOT.right - PLOT.left) * x) / xAxis.max;
  const sy = (y: number): number => PLOT.bottom - ((PLOT.bottom - PLOT.top) * y) / yAxis.max;
  const out: string[] = [];
  const push = (s: string): void => { out.push(s); };

  push(`<?xml version="1.0" encoding="UTF-8"?>`);
  push(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="Helvetica, Arial, sans-serif" font-size="13">`);
  const title = options.title ?? 'Monthly cost by traffic volume';
  push(`<title>${xmlText(title)}</title>`);
  push(`<rect x="0" y="0" width="${W}" height="${H}" fill="#ffffff"/>`);
  push(`<text x="${PLOT.left}" y="28" font-size="18" font-weight="bold" fill="#222">${xmlText(title)}</text>`);
  const what = report.whatIf ? `what-if: ${amount(report.whatIf.gbPerMonth)} GB a month from ${report.whatIf.from} to ${report.whatIf.to}` : 'declared traffic, all flows scaled together';
  push(`<text x="${PLOT.left}" y="50" font-size="13" fill="#555">${xmlText(`USD list prices as of ${report.pricingAsOf}; ${what}${report.freeTier ? '' : '; no free tier'}`)}</text>`);

  // Grid and ticks.
  push(`<g stroke="#e3e3e3" stroke-width="1">`);
  for (const t of yAxis.ticks) push(`<line x1="${PLOT.left}" y1="${f(sy(t))}" x2="${PLOT.right}" y2="${f(sy(t))}"/>`);
  for (const t of xAxis.ticks) push(`<line x1="${f(sx(t))}" y1="${PLOT.top}" x2="${f(sx(t))}" y2="${PLOT.bottom}"/>`);
  push(`</g>`);
  push(`<g fill="#333" font-size="12">`);
  for (const t of yAxis.ticks) push(`<text x="${PLOT.left - 8}" y="${f(sy(t) + 4)}" text-anchor="end">${xmlText(`$${compact(t)}`)}</text>`);
  for (const t of xAxis.ticks) push(`<text x="${f(sx(t))}" y="${PLOT.bottom + 18}" text-anchor="middle">${xmlText(compact(t))}</text>`);
  push(`</g>`);
  push(`<line x1="${PLOT.left}" y1="${PLOT.bottom}" x2="${PLOT.right}" y2="${PLOT.bottom}" stroke="#333" stroke-width="1.2"/>`);
  push(`<line x1="${PLOT.left}" y1="${PLOT.top}" x2="${PLOT.left}" y2="${PLOT.bottom}" stroke="#333" stroke-width="1.2"/>`);
  push(`<text x="${(PLOT.left + PLOT.right) / 2}" y="${PLOT.bottom + 44}" text-anchor="middle" fill="#222">GB a month out of AWS</text>`);
  push(`<text transform="translate(24 ${(PLOT.top + PLOT.bottom) / 2}) rotate(-90)" text-anchor="middle" fill="#222">USD a month</text>`);

  // Markers: the break-even and the declared volume.
  const be = report.breakEvenGbPerMonth;
  const declared = report.gbPerMonth;
  // Marker labels are drawn last, on a white box, so no line or curve runs through them.
  const labels: string[] = [];
  const marker = (x: number, label: string, dy: number, color: string): void => {
    if (!(x >= 0 && x <= xAxis.max)) return;
    const px = sx(x);
    const right = px > (PLOT.left + PLOT.right) / 2;
    push(`<line x1="${f(px)}" y1="${PLOT.top}" x2="${f(px)}" y2="${PLOT.bottom}" stroke="${color}" stroke-width="1.5" stroke-dasharray="5 4"/>`);
    const tx = px + (right ? -6 : 6);
    const width = label.length * 7 + 6;
    labels.push(`<rect x="${f(right ? tx - width + 3 : tx - 3)}" y="${PLOT.top + dy - 15}" width="${width}" height="19" fill="#ffffff"/>`);
    labels.push(`<text x="${f(tx)}" y="${PLOT.top + dy}" text-anchor="${right ? 'end' : 'start'}" fill="${color}" font-size="12">${xmlText(label)}</text>`);
  };
  if (be !== null) marker(be, `break-even ≈ ${amount(Math.round(be))} GB`, 16, '#7a1fa2');
  if (declared > 0) marker(declared, `${report.whatIf ? 'what-if' : 'declared'} ${amount(declared)} GB`, 34, '#555555');

  // The three curves, clipped to the plot.
  push(`<clipPath id="plot"><rect x="${PLOT.left}" y="${PLOT.top}" width="${PLOT.right - PLOT.left}" height="${PLOT.bottom - PLOT.top}"/></clipPath>`);
  push(`<g clip-path="url(#plot)" fill="none" stroke-width="2.5" stroke-linejoin="round">`);
  for (const s of report.curves.series) {
    const st = STYLE[s.option];
    const pts = s.points.map(([x, y]) => `${f(sx(x))},${f(sy(y))}`).join(' ');
    push(`<polyline points="${pts}" stroke="${st.color}"${st.dash ? ` stroke-dasharray="${st.dash}"` : ''}/>`);
  }
  push(`</g>`);
  if (be !== null && be <= xAxis.max) {
    const dxSeries = report.curves.series.find((s) => s.option === 'direct-connect');
    if (dxSeries) push(`<circle cx="${f(sx(be))}" cy="${f(sy(valueAt(dxSeries.points, be)))}" r="5" fill="#7a1fa2"/>`);
  }
  if (declared > 0 && declared <= xAxis.max) {
    for (const o of report.options) push(`<circle cx="${f(sx(declared))}" cy="${f(sy(o.monthlyUsd))}" r="4" fill="#fff" stroke="${STYLE[o.option].color}" stroke-width="2"/>`);
  }

  for (const l of labels) push(l);

  // Legend, right of the plot: each option with its cost at the declared volume.
  const lx = PLOT.right + 24;
  push(`<g font-size="13" fill="#222">`);
  push(`<text x="${lx}" y="${PLOT.top + 4}" font-weight="bold">At ${xmlText(amount(declared))} GB a month</text>`);
  report.options.forEach((o, i) => {
    const y = PLOT.top + 30 + i * 44;
    const st = STYLE[o.option];
    push(`<line x1="${lx}" y1="${y}" x2="${lx + 34}" y2="${y}" stroke="${st.color}" stroke-width="3"${st.dash ? ` stroke-dasharray="${st.dash}"` : ''}/>`);
    const cheapest = o.option === report.cheapest;
    push(`<text x="${lx + 42}" y="${y + 4}"${cheapest ? ' font-weight="bold"' : ''}>${xmlText(OPTION_LABEL[o.option])}</text>`);
    push(`<text x="${lx + 42}" y="${y + 21}" fill="#555">${xmlText(`${usd(o.monthlyUsd)} a month${cheapest ? ', cheapest' : ''}`)}</text>`);
  });
  const beText = be === null ? 'Direct Connect never gets cheaper than the internet' : `Direct Connect pays off above ${amount(Math.round(be))} GB a month`;
  const words = beText.split(' ');
  let line = '';
  let y = PLOT.top + 30 + 3 * 44 + 10;
  for (const w of words) {
    if ((line + ' ' + w).trim().length > 28) {
      push(`<text x="${lx}" y="${y}" fill="#7a1fa2">${xmlText(line.trim())}</text>`);
      y += 17;
      line = w;
    } else line = `${line} ${w}`;
  }
  if (line.trim()) push(`<text x="${lx}" y="${y}" fill="#7a1fa2">${xmlText(line.trim())}</text>`);
  push(`</g>`);
  push(`<desc>${xmlText(`${report.options.map((o) => `${OPTION_LABEL[o.option]} ${usd(o.monthlyUsd)}`).join('; ')}. ${beText}.`)}</desc>`);
  push(`</svg>`);
  return `${out.join('\n')}\n`;
}
