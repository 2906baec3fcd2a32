import type { Rule } from '../types';
import { rule as pubvifPeerPublic } from './pubvif-peer-public';
import { rule as pubvifPrefixes } from './pubvif-prefixes';
import { rule as pvifOneGateway } from './pvif-one-gateway';
import { rule as pvifVgwHomeRegion } from './pvif-vgw-home-region';
import { rule as vifAsnDistinct } from './vif-asn-distinct';
import { rule as vifBgpAuth } from './vif-bgp-auth';
import { rule as vifCustomerAsn } from './vif-customer-asn';
import { rule as vifGateway } from './vif-gateway';
import { rule as vifMtu } from './vif-mtu';
import { rule as vifOnLagMember } from './vif-on-lag-member';
import { rule as vifPeerAddresses } from './vif-peer-addresses';
import { rule as vifPrefixLimit } from './vif-prefix-limit';
import { rule as vifQuotaDedicated } from './vif-quota-dedicated';
import { rule as vifQuotaHosted } from './vif-quota-hosted';
import { rule as vifVlanRange } from './vif-vlan-range';
import { rule as vifVlanUnique } from './vif-vlan-unique';

export const rules: Rule[] = [
  pubvifPeerPublic, pubvifPrefixes, pvifOneGateway, pvifVgwHomeRegion, vifAsnDistinct, vifBgpAuth, vifCustomerAsn,
  vifGateway, vifMtu, vifOnLagMember, vifPeerAddresses, vifPrefixLimit, vifQuotaDedicated, vifQuotaHosted,
  vifVlanRange, vifVlanUnique,
];
