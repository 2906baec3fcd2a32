// The conformance cases (the repository's copy), restricted to the gateway rules: each case's expected gateway
// findings fire and its `absent` gateway rules stay quiet.
import * as fs from 'fs';
import * as path from 'path';
import { rules } from '../../../src/rules/gateways/index';
import { validateYaml } from '../../helpers';
import { CONFORMANCE_COPY as ROOT } from '../../shared-dir';

const MINE = new Set(rules.map((r) => r.meta.id));
const cases = fs.readdirSync(ROOT).filter((d) => /^\d\d-/.test(d)).sort();

interface Validate {
  errors?: string[];
  warnings?: string[];
  absent?: string[];
}

describe('conformance cases, gateway rules', () => {
  it.each(cases)('%s', (name) => {
    const yaml = fs.readFileSync(path.join(ROOT, name, 'topology.yaml'), 'utf8');
    const v: Validate = JSON.parse(fs.readFileSync(path.join(ROOT, name, 'expect.json'), 'utf8')).validate ?? {};
    const got = new Set(validateYaml(yaml).diagnostics.map((d) => d.rule).filter((r) => MINE.has(r)));
    for (const r of [...(v.errors ?? []), ...(v.warnings ?? [])].filter((r) => MINE.has(r))) expect(got).toContain(r);
    for (const r of (v.absent ?? []).filter((r) => MINE.has(r))) expect(got).not.toContain(r);
    // errors is the exact set of error rules: no other gateway error may fire.
    if (v.errors) {
      const errorRules = rules.filter((r) => r.meta.severity === 'error').map((r) => r.meta.id);
      for (const r of errorRules) if (!v.errors.includes(r)) expect(got).not.toContain(r);
    }
  });
});
