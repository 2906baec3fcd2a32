import type { Rule } from '../types';
import { rule as resFailoverCapacity } from './res-failover-capacity';
import { rule as resModel } from './res-model';
import { rule as resSameDevice } from './res-same-device';
import { rule as resSingleConnection } from './res-single-connection';

export const rules: Rule[] = [resFailoverCapacity, resModel, resSameDevice, resSingleConnection];
