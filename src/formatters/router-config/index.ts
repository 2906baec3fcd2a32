// The router-configuration renderers, chosen by vendor name (`dxplan config --vendor <name>`).
import type { RouterConfigPlan } from '../../planning/router-config';
import { renderAristaEos } from './arista-eos';
import { renderCiscoIos } from './cisco-ios';
import { renderCiscoNxos } from './cisco-nxos';
import { renderGeneric } from './generic';
import { renderJunos } from './junos';

export const VENDORS = ['cisco-ios', 'cisco-nxos', 'junos', 'arista-eos', 'generic'] as const;
export type Vendor = (typeof VENDORS)[number];

export const RENDERERS: Readonly<Record<Vendor, (plan: RouterConfigPlan) => string>> = {
  'cisco-ios': renderCiscoIos,
  'cisco-nxos': renderCiscoNxos,
  junos: renderJunos,
  'arista-eos': renderAristaEos,
  generic: renderGeneric,
};
