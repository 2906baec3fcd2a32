import { isRegion, REGIONS } from '../../net/regions';
import { suggest } from '../../util/suggest';
import { serviceRegion } from '../../model/endpoint-name';
import type { Path } from '../../model/types';
import type { Rule } from '../types';

export const rule: Rule = {
  meta: {
    id: 'region-unknown',
    severity: 'error',
    area: 'document',
    description: 'A region is not an AWS region code.',
    why: 'A misspelt region makes every regional check (home region, endpoints, prices) meaningless.',
    hint: 'use an AWS region code such as us-east-1',
    source: 'https://docs.aws.amazon.com/general/latest/gr/rande.html',
  },
  check(ctx) {
    const t = ctx.topology;
    const check = (region: string | undefined, path: Path): void => {
      if (region === undefined || isRegion(region)) return;
      const near = suggest(region, REGIONS);
      ctx.report({ path, message: `${region} is not an AWS region code`, hint: near ? `did you mean ${near}?` : undefined });
    };
    check(t.defaultRegion, ['defaultRegion']);
    for (const e of [...t.locations, ...t.vgws, ...t.tgws, ...t.vpcs]) check(e.region, [...e.path, 'region']);
    for (const e of [...t.traffic, ...t.intents]) {
      check(serviceRegion(e.from), [...e.path, 'from']);
      check(serviceRegion(e.to), [...e.path, 'to']);
    }
  },
};
