// The cost formatters on hand-built reports: the verdict in each case, the JSON rounding, the
// terminal chart and the SVG chart.
import type { CostInput } from '../../src/cost/flow';
import { BUILTIN_PRICES } from '../../src/cost/prices';
import { chartRange, costReport, niceCeil, type CostReport } from '../../src/cost/report';
import { formatCostSvg } from '../../src/formatters/chart-svg';
import { formatCostTextChart } from '../../src/formatters/chart-text';
import { costJson } from '../../src/formatters/cost-json';
import { costVerdict } from '../../src/formatters/cost-table';
import { axis, unitPrice, usd } from '../../src/formatters/cost-units';

function report(gb: number, extra: Partial<CostInput> = {}, region = 'us-east-1', locationRegion = 'us-east-1'): CostReport {
  const input: CostInput = {
    ports: [{ name: 'dx-a', type: 'dedicated', mbps: 1_000, location: 'EqDC2', locationRegion }],
    vpns: [{ name: 'vpn-a', region }],
    flows: [{
      name: 'backup', gb, direction: 'out', region,
      directConnect: [{ share: 1, carrier: { name: 'dx-a', location: 'EqDC2', locationRegion }, tgws: [] }], vpn: [],
    }],
    freeTier: true,
    ...extra,
  };
  return costReport(input, BUILTIN_PRICES, { pricingAsOf: BUILTIN_PRICES.asOf });
}

describe('the verdict', () => {
  it('says Direct Connect saves money above the break-even', () => {
    const [first, second] = costVerdict(report(5_000));
    expect(first).toBe('Direct Connect is cheapest at $319.00 a month: $122.00 a month less than Internet ($441.00) and $158.50 less than Site-to-Site VPN ($477.50).');
    expect(second).toBe('Direct Connect breaks even with the internet at about 3,257 GB a month out of AWS; the declared 5,000 GB is 1,743 GB (54%) above it, so Direct Connect saves money there.');
  });

  it('says when Direct Connect never gets cheaper', () => {
    const r = report(5_000, {}, 'sa-east-1', 'ap-northeast-1');
    expect(r.breakEvenGbPerMonth).toBeNull();
    expect(costVerdict(r)[1]).toBe('Direct Connect never gets cheaper than the internet for this traffic mix, at any volume (the declared 5,000 GB a month included).');
  });

  it('says when no traffic leaves AWS', () => {
    const r = report(0, { flows: [] });
    expect(costVerdict(r)).toEqual([
      'Internet is cheapest at $0.00 a month: $36.50 a month less than Site-to-Site VPN ($36.50) and $219.00 less than Direct Connect ($219.00).',
      'No traffic leaves AWS, so there is no break-even volume: declare `traffic`, or ask a what-if with --gb N.',
    ]);
  });
});

describe('cost JSON', () => {
  it('rounds money to cents at output only', () => {
    const r = report(1_000 / 3);
    const j = costJson(r);
    expect(j.gbPerMonth).toBe(333.3333);
    expect(j.options[0].lines[1]).toEqual({ item: 'DX transfer out backup: us-east-1 → EqDC2 (us → us)', quantity: 333.3333, unit: 'GB', unitUsd: 0.02, usd: 6.67 });
    expect(j.options[0].monthlyUsd).toBe(225.67);
    // Unrounded inside the report.
    expect(r.options[0].monthlyUsd).toBeCloseTo(219 + 20 / 3, 12);
  });
});

describe('charts', () => {
  it('picks a round volume range past the declared volume and the break-even', () => {
    expect(niceCeil(7_500)).toBe(10_000);
    expect(niceCeil(36_918)).toBe(50_000);
    expect(chartRange(20_000, 55_456)).toBe(100_000);
    expect(chartRange(0, null)).toBe(10_000);
    expect(axis(7_850, 6)).toEqual({ max: 8_000, ticks: [0, 2_000, 4_000, 6_000, 8_000] });
  });

  it('curves pass through the declared costs and meet at the break-even', () => {
    const r = report(5_000);
    const dx = r.curves.series[0].points;
    expect(dx[0]).toEqual([0, 219]);
    expect(r.curves.xMaxGb).toBe(10_000);
    // Breakpoints are kept (the internet curve bends where the free 100 GB runs out).
    expect(r.curves.series[2].points.some(([x]) => Math.abs(x - 100) < 1e-9)).toBe(true);
  });

  it('draws the terminal chart with the markers and a legend', () => {
    const text = formatCostTextChart(report(5_000), { color: false });
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(14);
    expect(text).toContain('D Direct Connect  V Site-to-Site VPN  I Internet');
    expect(text).toContain(': declared 5,000 GB  | break-even 3,257 GB');
    expect(lines[0]).toMatch(/^ *\$1k ┤/);
  });

  it('writes an SVG with escaped text, three curves, axes and both markers', () => {
    const svg = formatCostSvg(report(5_000), { title: 'a & b <c>' });
    expect(svg).toContain('<title>a &amp; b &lt;c&gt;</title>');
    expect(svg.match(/<polyline /g)).toHaveLength(3);
    expect(svg).toContain('>$800<');
    expect(svg).toContain('>10k<');
    expect(svg).toContain('break-even ≈ 3,257 GB');
    expect(svg).toContain('declared 5,000 GB');
    expect(svg).toContain('$319.00 a month, cheapest');
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
  });

  it('has no break-even marker when there is none', () => {
    const svg = formatCostSvg(report(5_000, {}, 'sa-east-1', 'ap-northeast-1'));
    expect(svg).not.toContain('break-even ≈');
    expect(svg).toContain('Direct Connect never gets cheaper');
  });
});

describe('money words', () => {
  it('formats USD and unit prices', () => {
    expect(usd(1_642.5)).toBe('$1,642.50');
    expect(usd(0.004)).toBe('$0.00');
    expect(unitPrice(0.0491)).toBe('$0.0491');
    expect(unitPrice(2.25)).toBe('$2.25');
  });
});
