import type { Rule } from '../types';
import { rule as hostOutsideSite } from './host-outside-site';
import { rule as onpremVpcOverlap } from './onprem-vpc-overlap';
import { rule as resourceOutsideVpc } from './resource-outside-vpc';
import { rule as siteOverlap } from './site-overlap';
import { rule as vpcCidrSize } from './vpc-cidr-size';

export const rules: Rule[] = [hostOutsideSite, onpremVpcOverlap, resourceOutsideVpc, siteOverlap, vpcCidrSize];
