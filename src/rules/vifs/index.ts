import type { Rule } from '../types';
import { rule as bgpLpConflict } from './bgp-lp-conflict';
import { rule as pubvifLoadShare } from './pubvif-load-share';
import { rule as pubvifPeerPublic } from './pubvif-peer-public';
import { rule as pubvifPrefixes } from './pubvif-prefixes';
import { rule as pvifOneGateway } from './pvif-one-gateway';
import { rule as pvifVgwHomeRegion } from './pvif-vgw-home-region';
import { rule as sitelinkVif } from './sitelink-vif';
import { rule as vifAsnDistinct } from './vif-asn-distinct';
import { rule as vifBgpAuth } from './vif-bgp-auth';
import { rule as vifCommunity } from './vif-community';
import { rule as vifCustomerAsn } from './vif-customer-asn';
import { rule as vifFamily } from './vif-family';
import { rule as vifGateway } from './vif-gateway';
import { rule as vifIpv6PeerAddress } from './vif-ipv6-peer-address';
import { rule as vifMtu } from './vif-mtu';
import { rule as vifMtuMismatch } from './vif-mtu-mismatch';
import { rule as vifOnLagMember } from './vif-on-lag-member';
import { rule as vifPeerAddresses } from './vif-peer-addresses';
import { rule as vifPrefixAllocation } from './vif-prefix-allocation';
import { rule as vifPrefixLimit } from './vif-prefix-limit';
import { rule as vifPrefixPool } from './vif-prefix-pool';
import { rule as vifQuotaDedicated } from './vif-quota-dedicated';
import { rule as vifQuotaHosted } from './vif-quota-hosted';
import { rule as vifVlanRange } from './vif-vlan-range';
import { rule as vifVlanUnique } from './vif-vlan-unique';

export const rules: Rule[] = [
  bgpLpConflict, pubvifLoadShare, pubvifPeerPublic, pubvifPrefixes, pvifOneGateway, pvifVgwHomeRegion, sitelinkVif,
  vifAsnDistinct, vifBgpAuth, vifCommunity, vifCustomerAsn, vifFamily, vifGateway, vifIpv6PeerAddress, vifMtu, vifMtuMismatch,
  vifOnLagMember, vifPeerAddresses, vifPrefixAllocation, vifPrefixLimit, vifPrefixPool, vifQuotaDedicated,
  vifQuotaHosted, vifVlanRange, vifVlanUnique,
];
