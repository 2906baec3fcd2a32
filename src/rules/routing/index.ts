import type { Rule } from '../types';
import { rule as intentUnmet } from './intent-unmet';
import { rule as intentUnverified } from './intent-unverified';
import { rule as routeAsymmetric } from './route-asymmetric';
import { rule as trafficExceedsCapacity } from './traffic-exceeds-capacity';
import { rule as vpnBackupCapacity } from './vpn-backup-capacity';
import { rule as vpnPreemptsDx } from './vpn-preempts-dx';

export const rules: Rule[] = [intentUnmet, intentUnverified, routeAsymmetric, trafficExceedsCapacity, vpnBackupCapacity, vpnPreemptsDx];
