import type { Rule } from '../types';

/** The only services offered as gateway endpoints. */
export const GATEWAY_ENDPOINT_SERVICES: ReadonlySet<string> = new Set(['s3', 'dynamodb']);

export const rule: Rule = {
  meta: {
    id: 'endpoint-gateway-service',
    severity: 'error',
    area: 'gateways',
    description: 'A gateway endpoint for a service other than s3 or dynamodb.',
    why: 'Gateway VPC endpoints exist only for Amazon S3 and DynamoDB; every other service is reached through an interface endpoint (AWS PrivateLink).',
    hint: 'use `type: interface` for this service',
    source: 'https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html',
  },
  check(ctx) {
    for (const ep of ctx.topology.endpoints) {
      if (ep.type !== 'gateway') continue;
      // A region suffix (`s3@us-east-1`) does not change the service.
      const at = ep.service.indexOf('@');
      const service = at > 0 ? ep.service.slice(0, at) : ep.service;
      if (GATEWAY_ENDPOINT_SERVICES.has(service)) continue;
      ctx.report({
        path: [...ep.path, 'service'],
        message: `VPC ${ep.vpc.name} has a gateway endpoint for ${ep.service}: gateway endpoints exist only for s3 and dynamodb`,
        hint: `use type: interface for ${ep.service}`,
      });
    }
  },
};
