import type { Rule } from '../types';
import { rule as connDedicatedSpeed } from './conn-dedicated-speed';
import { rule as connHostedSpeed } from './conn-hosted-speed';
import { rule as connQuotaPerLocation } from './conn-quota-per-location';
import { rule as connUnused } from './conn-unused';
import { rule as lagDedicatedOnly } from './lag-dedicated-only';
import { rule as lagEmpty } from './lag-empty';
import { rule as lagMacsecUniform } from './lag-macsec-uniform';
import { rule as lagMaxMembers } from './lag-max-members';
import { rule as lagMinLinks } from './lag-min-links';
import { rule as lagSameBandwidth } from './lag-same-bandwidth';
import { rule as lagSameLocation } from './lag-same-location';
import { rule as macsecSupport } from './macsec-support';

export const rules: Rule[] = [
  connDedicatedSpeed, connHostedSpeed, connQuotaPerLocation, connUnused, lagDedicatedOnly, lagEmpty,
  lagMacsecUniform, lagMaxMembers, lagMinLinks, lagSameBandwidth, lagSameLocation, macsecSupport,
];
