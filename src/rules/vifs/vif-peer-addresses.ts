import { broadcast, type InterfaceAddress } from '../../net/prefix';
import type { Rule } from '../types';

/** IPv4 subnets up to this length have a network and a broadcast address no peer may take. */
const LONGEST_WITH_BROADCAST = 30;

export const rule: Rule = {
  meta: {
    id: 'vif-peer-addresses',
    severity: 'error',
    area: 'vifs',
    description: 'A VIF\'s amazonAddress and customerAddress are not in one subnet with one mask, are equal, or one is the network or broadcast address of a /30.',
    why: 'BGP on a VIF runs between two directly connected peers (TTL 1): both addresses must sit in one subnet with the same mask, be distinct, and be usable host addresses; AWS rejects the peer otherwise.',
    hint: 'use two host addresses of one subnet, e.g. 169.254.10.1/30 and 169.254.10.2/30',
    source: 'https://docs.amazonaws.cn/en_us/directconnect/latest/UserGuide/WorkingWithVirtualInterfaces.html',
  },
  check(ctx) {
    for (const vif of ctx.topology.vifs) {
      const amazon = vif.amazonAddress;
      const customer = vif.customerAddress;
      if (!amazon || !customer) continue; // optional: AWS assigns the pair when omitted
      // An IPv6 peer address is vif-ipv6-peer-address's finding: AWS assigns those itself.
      if (amazon.address.family === 6 || customer.address.family === 6) continue;
      const customerPath = [...vif.path, 'customerAddress'];
      if (amazon.length !== customer.length) {
        ctx.report({
          path: customerPath,
          message: `customerAddress ${customer.text} has mask /${customer.length} but amazonAddress ${amazon.text} has /${amazon.length}: the peers of ${vif.name} need the same mask`,
        });
      } else if (amazon.network.network !== customer.network.network) {
        ctx.report({
          path: customerPath,
          message: `customerAddress ${customer.text} is in ${customer.network.text} but amazonAddress ${amazon.text} is in ${amazon.network.text}: the peers of ${vif.name} must share one subnet`,
        });
      } else if (amazon.address.value === customer.address.value) {
        ctx.report({
          path: customerPath,
          message: `amazonAddress and customerAddress of ${vif.name} are both ${customer.address.text}: each peer needs its own address`,
        });
      } else {
        for (const [key, a] of [['amazonAddress', amazon], ['customerAddress', customer]] as const) {
          const role = reservedRole(a);
          if (!role) continue;
          ctx.report({
            path: [...vif.path, key],
            message: `${key} ${a.text} of ${vif.name} is the ${role} address of ${a.network.text}, not a usable peer address`,
          });
        }
      }
    }
  },
};

/** "network" or "broadcast" when an IPv4 interface address is one of its subnet's reserved ends. */
function reservedRole(a: InterfaceAddress): 'network' | 'broadcast' | undefined {
  if (a.address.family !== 4 || a.length > LONGEST_WITH_BROADCAST) return undefined;
  if (a.address.value === a.network.network) return 'network';
  if (a.address.value === broadcast(a.network)) return 'broadcast';
  return undefined;
}
