import type { Connection } from '../../model/types';
import type { Rule } from '../types';
import { dedicatedMembers } from './speeds';

export const rule: Rule = {
  meta: {
    id: 'lag-same-location',
    severity: 'error',
    area: 'connections',
    description: "A member's location differs from its LAG's, or members name different awsDevices.",
    why:
      'All members of a LAG terminate on the same AWS Direct Connect device at one location; AWS does ' +
      'not support a LAG spread over devices (multi-chassis LAG) or locations.',
    hint: "order every member at the LAG's location on the same AWS device, or take the odd one out of the LAG",
    source: 'https://docs.aws.amazon.com/directconnect/latest/UserGuide/lags.html',
  },
  check(ctx) {
    for (const lag of ctx.topology.lags) {
      // Hosted members are lag-dedicated-only's concern: they leave the LAG whatever their location.
      let firstOnDevice: Connection | undefined;
      for (const m of dedicatedMembers(lag)) {
        if (m.location !== lag.location) {
          ctx.report({
            path: [...m.path, 'location'],
            message: `LAG member ${m.name} is at ${m.location.name} but its LAG ${lag.name} is at ${lag.location.name}`,
            hint: `order ${m.name} at ${lag.location.name}, or take it out of ${lag.name}`,
          });
          // A member at the wrong location is on another device anyway: one diagnostic is enough.
          continue;
        }
        // A member that names no device cannot be compared (res-model treats it as distinct).
        if (m.awsDevice === undefined) continue;
        if (!firstOnDevice) {
          firstOnDevice = m;
        } else if (m.awsDevice !== firstOnDevice.awsDevice) {
          ctx.report({
            path: [...m.path, 'awsDevice'],
            message:
              `LAG member ${m.name} is on AWS device ${m.awsDevice} but ${firstOnDevice.name}, an earlier member of ` +
              `${lag.name}, is on ${firstOnDevice.awsDevice}; a LAG's members terminate on one device`,
            hint: `have ${m.name} on ${firstOnDevice.awsDevice}, or take it out of ${lag.name}`,
          });
        }
      }
    }
  },
};
