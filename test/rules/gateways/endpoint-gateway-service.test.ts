import { BASE, findings } from '../../helpers';
import { lineOf } from './gw-topology';

const RULE = 'endpoint-gateway-service';

const withEndpoint = (service: string, type: string): string =>
  BASE.replace('    cidrs: [10.1.0.0/16]\n', `    cidrs: [10.1.0.0/16]\n    endpoints:\n      - service: ${service}\n        type: ${type}\n`);

describe(RULE, () => {
  it('fires on a gateway endpoint for another service, on its service value', () => {
    const yaml = withEndpoint('sqs', 'gateway');
    const [d, ...rest] = findings(yaml, RULE);
    expect(rest).toEqual([]);
    expect(d.path).toEqual(['vpcs', 0, 'endpoints', 0, 'service']);
    expect(d.line).toBe(lineOf(yaml, 'service: sqs'));
    expect(d.message).toBe('VPC prod has a gateway endpoint for sqs: gateway endpoints exist only for s3 and dynamodb');
    expect(d.hint).toBe('use type: interface for sqs');
  });

  it('is case-sensitive: S3 is not a service code', () => {
    expect(findings(withEndpoint('S3', 'gateway'), RULE)).toHaveLength(1);
  });

  it('stays quiet on s3 and dynamodb gateway endpoints', () => {
    expect(findings(withEndpoint('s3', 'gateway'), RULE)).toEqual([]);
    expect(findings(withEndpoint('dynamodb', 'gateway'), RULE)).toEqual([]);
    expect(findings(withEndpoint('s3@us-east-1', 'gateway'), RULE)).toEqual([]);
  });

  it('stays quiet on interface endpoints for any service', () => {
    expect(findings(withEndpoint('sqs', 'interface'), RULE)).toEqual([]);
    expect(findings(withEndpoint('s3', 'interface'), RULE)).toEqual([]);
  });
});
