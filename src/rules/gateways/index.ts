import type { Rule } from '../types';
import { rule as dxgwAllowedPrefixes } from './dxgw-allowed-prefixes';
import { rule as dxgwModeExclusive } from './dxgw-mode-exclusive';
import { rule as dxgwPrefixAllocations } from './dxgw-prefix-allocations';
import { rule as dxgwPrefixNotAdvertised } from './dxgw-prefix-not-advertised';
import { rule as dxgwQuota } from './dxgw-quota';
import { rule as dxgwRegion } from './dxgw-region';
import { rule as dxgwSupernet } from './dxgw-supernet';
import { rule as dxgwTgwAsnDistinct } from './dxgw-tgw-asn-distinct';
import { rule as dxgwVgwSingle } from './dxgw-vgw-single';
import { rule as dxgwVpcOverlap } from './dxgw-vpc-overlap';
import { rule as endpointGatewayService } from './endpoint-gateway-service';
import { rule as gatewayAsn } from './gateway-asn';
import { rule as sitelinkLonely } from './sitelink-lonely';
import { rule as tgwAttachmentRegion } from './tgw-attachment-region';
import { rule as vgwNoVpc } from './vgw-no-vpc';
import { rule as vgwOnePerVpc } from './vgw-one-per-vpc';
import { rule as vgwVpcRegion } from './vgw-vpc-region';
import { rule as vpcPropagatedRoutes } from './vpc-propagated-routes';

export const rules: Rule[] = [
  dxgwAllowedPrefixes, dxgwModeExclusive, dxgwPrefixAllocations, dxgwPrefixNotAdvertised, dxgwQuota, dxgwRegion,
  dxgwSupernet, dxgwTgwAsnDistinct, dxgwVgwSingle, dxgwVpcOverlap, endpointGatewayService, gatewayAsn,
  sitelinkLonely, tgwAttachmentRegion, vgwNoVpc, vgwOnePerVpc, vgwVpcRegion, vpcPropagatedRoutes,
];
