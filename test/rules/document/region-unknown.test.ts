import { BASE, findings } from '../../helpers';

describe('region-unknown', () => {
  test('fires on a misspelt location region, suggesting the code', () => {
    const [d] = findings(BASE.replace('  - name: EqDC2\n    region: us-east-1', '  - name: EqDC2\n    region: us-east1'), 'region-unknown');
    expect(d.message).toBe('us-east1 is not an AWS region code');
    expect(d.hint).toBe('did you mean us-east-1?');
    expect(d.path).toEqual(['locations', 0, 'region']);
  });

  test('fires on defaultRegion, VGW, VPC and a service name in traffic', () => {
    const yaml = BASE.replace('defaultRegion: us-east-1', 'defaultRegion: mars-1')
      .replace('    vpc: prod\n', '    vpc: prod\n').replace('  - name: vgw-prod\n    region: us-east-1', '  - name: vgw-prod\n    region: us-esat-1')
      + 'traffic:\n  - { from: app1, to: s3@eu-wset-1, gbPerMonth: 1 }\n';
    const paths = findings(yaml, 'region-unknown').map((d) => d.path.join('.'));
    expect(paths).toEqual(['defaultRegion', 'vgws.0.region', 'traffic.0.to']);
  });

  test('quiet on valid commercial, GovCloud and China codes and on bare service names', () => {
    const yaml = BASE.replace('  - name: vgw-prod\n    region: us-east-1', '  - name: vgw-prod\n    region: us-gov-west-1')
      + 'traffic:\n  - { from: app1, to: s3, gbPerMonth: 1 }\n  - { from: app1, to: s3@cn-north-1, gbPerMonth: 1 }\n';
    expect(findings(yaml, 'region-unknown')).toEqual([]);
  });
});
