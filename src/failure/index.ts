// Failure analysis: what survives when locations, devices, connections, LAGs, VIFs, routers or
// VPNs go down. Built on one routing index per topology; scenarios never rebuild it.
export { compare, FailureAnalysis, STATUS_ORDER, STATUS_WORDS, type Change, type Outcome, type RowState, type Status } from './analysis';
export { capacityOf, fits, gbWords, monthlyGb, speedWords, VPN_MBPS, type Capacity, type LegCapacity } from './capacity';
export { NO_FAILURE } from './internal';
export {
  candidatesOf, failureKind, failureWords, kindWords, legOf, NO_PATH, stateKey, stateOf,
  type Candidate, type FailureKind, type Leg, type PathState,
} from './paths';
export { resilience, analyseRow, breaks, type Failed, type FailureGroup, type ResilienceReport, type ResilienceRow, type ResilienceSummary } from './resilience';
export { compareRows, declaredRows, holds, intentRow, rowWords, siteRows, trafficRow, type Row, type RowKind } from './rows';
export { whatIf, type Effects, type FailedObject, type LagEffect, type WhatIfReport, type WhatIfRow, type WhatIfSummary } from './whatif';
