import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, tempDir } from './run';

const FIXTURES = join(__dirname, '..', '..', 'fixtures');
const SPEC = join(FIXTURES, 'spec-example.yaml');
const MORE = join(FIXTURES, 'router-config.yaml');
const VENDORS = ['cisco-ios', 'cisco-nxos', 'junos', 'arista-eos', 'generic'] as const;
type Vendor = (typeof VENDORS)[number];

async function config(vif: string, vendor: Vendor, file: string, ...extra: string[]): Promise<string> {
  const r = await cli(['config', vif, '--vendor', vendor, '-f', file, ...extra]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
}

/** The configuration lines (comments dropped), to check what the router is told. */
const body = (text: string) => text.split('\n').filter((l) => l !== '' && !/^[!#]/.test(l));
const comments = (text: string) => text.split('\n').filter((l) => /^[!#]/.test(l));

describe('dxplan config --vendor cisco-ios on the spec example', () => {
  it("gives planning.md's checked example for vif-prod", async () => {
    const out = await config('vif-prod', 'cisco-ios', SPEC);
    expect(out).toContain(`interface GigabitEthernet0/1.101
 encapsulation dot1Q 101
 ip address 169.254.10.2 255.255.255.252
 mtu 9001
router bgp 65010
 neighbor 169.254.10.1 remote-as 64513
 neighbor 169.254.10.1 password <BGP-KEY>
 address-family ipv4 unicast
  network 10.0.0.0 mask 255.255.0.0
  neighbor 169.254.10.1 activate
`);
    // Exactly the advertised prefix, enforced by an outbound filter, and BFD as AWS runs it.
    expect(out).toContain('  neighbor 169.254.10.1 prefix-list DX-VIF-PROD-OUT out\n');
    expect(body(out).filter((l) => l.startsWith('ip prefix-list'))).toEqual(['ip prefix-list DX-VIF-PROD-OUT seq 5 permit 10.0.0.0/16']);
    expect(out).toContain(' bfd interval 300 min_rx 300 multiplier 3\n');
    expect(out).toContain(' neighbor 169.254.10.1 fall-over bfd\n');
  });

  it('names every placeholder in the header and never invents a key', async () => {
    const out = await config('vif-prod', 'cisco-ios', SPEC);
    expect(comments(out)).toEqual(expect.arrayContaining([
      '! Replace before use:',
      '!   GigabitEthernet0/1  the interface facing LAG lag-a (its port channel) (--interface)',
      expect.stringMatching(/^! {3}<BGP-KEY> +the BGP MD5 key of vif-prod/),
    ]));
    expect(body(out).filter((l) => l.includes('password'))).toEqual([' neighbor 169.254.10.1 password <BGP-KEY>']);
  });

  it('--interface replaces the interface placeholder', async () => {
    const out = await config('vif-prod', 'cisco-ios', SPEC, '--interface', 'Port-channel7');
    expect(out).toContain('interface Port-channel7.101\n');
    expect(out).not.toContain('GigabitEthernet0/1');
  });
});

/** What each vendor must say for each kind of VIF: a line (or a few) per requirement of planning.md. */
const EXPECT: Record<Vendor, { prod: string[]; transit: string[]; public: string[] }> = {
  'cisco-ios': {
    prod: ['interface GigabitEthernet0/1.101', ' encapsulation dot1Q 101', ' neighbor 169.254.10.1 remote-as 64513', '  network 10.0.0.0 mask 255.255.0.0'],
    transit: [
      ' encapsulation dot1Q 200', ' ip address 169.254.30.2 255.255.255.248', ' ipv6 address <CUSTOMER-IPV6>/125', ' mtu 8500',
      ' neighbor 169.254.30.1 remote-as 64600', ' neighbor <AMAZON-IPV6> remote-as 64600', ' neighbor <AMAZON-IPV6> password <BGP-KEY>',
      '  network 10.20.0.0 mask 255.255.0.0', '  network 10.29.0.0 mask 255.255.0.0', '  network 2001:db8:100::/48',
      '  neighbor 169.254.30.1 route-map DX-VIF-TRANSIT-OUT out', '  neighbor 169.254.30.1 send-community', '  no neighbor <AMAZON-IPV6> activate',
      'ip prefix-list DX-VIF-TRANSIT-G2 seq 5 permit 10.29.0.0/16', 'route-map DX-VIF-TRANSIT-OUT permit 20', ' set as-path prepend 65020 65020', ' set metric 50', ' set community 7224:7100',
      ' set as-path prepend 65020', ' set community 7224:7300', 'ipv6 prefix-list DX-VIF-TRANSIT-V6-G1 seq 5 permit 2001:db8:100::/48', ' match ipv6 address prefix-list DX-VIF-TRANSIT-V6-G1',
    ],
    public: [' encapsulation dot1Q 201', ' ip address 203.0.113.10 255.255.255.252', ' neighbor 203.0.113.9 remote-as 7224', '  network 198.51.100.0 mask 255.255.255.0', ' set community 7224:9100'],
  },
  'cisco-nxos': {
    prod: ['interface Ethernet1/1.101', '  encapsulation dot1q 101', '  ip address 169.254.10.2/30', '  mtu 9001', '  neighbor 169.254.10.1', '    remote-as 64513', '    password 0 <BGP-KEY>', '    network 10.0.0.0/16', '      prefix-list DX-VIF-PROD-OUT out'],
    transit: [
      '  encapsulation dot1q 200', '  ip address 169.254.30.2/29', '  ipv6 address <CUSTOMER-IPV6>/125', '  mtu 8500', '  neighbor <AMAZON-IPV6>', '    remote-as 64600',
      '    network 10.29.0.0/16', '    network 2001:db8:100::/48', '      route-map DX-VIF-TRANSIT-OUT out', '      send-community',
      '  set as-path prepend 65020 65020', '  set metric 50', '  set community 7224:7100', '  set community 7224:7300',
    ],
    public: ['  ip address 203.0.113.10/30', '  neighbor 203.0.113.9', '    remote-as 7224', '    network 198.51.100.0/24', '  set community 7224:9100'],
  },
  junos: {
    prod: ['set interfaces xe-0/0/0 unit 101 vlan-id 101', 'set interfaces xe-0/0/0 unit 101 family inet address 169.254.10.2/30', 'set interfaces xe-0/0/0 unit 101 family inet mtu 9001', 'set routing-options autonomous-system 65010', 'set protocols bgp group DX-VIF-PROD peer-as 64513', 'set protocols bgp group DX-VIF-PROD neighbor 169.254.10.1 authentication-key "<BGP-KEY>"', 'set policy-options prefix-list DX-VIF-PROD-G1 10.0.0.0/16', 'set policy-options policy-statement DX-VIF-PROD-OUT term REJECT-OTHERS then reject'],
    transit: [
      'set interfaces xe-0/0/0 unit 200 family inet6 address <CUSTOMER-IPV6>/125', 'set protocols bgp group DX-VIF-TRANSIT-V6 neighbor <AMAZON-IPV6>', 'set protocols bgp group DX-VIF-TRANSIT-V6 peer-as 64600',
      'set policy-options policy-statement DX-VIF-TRANSIT-OUT term DX-VIF-TRANSIT-G2 then as-path-prepend "65020 65020"', 'set policy-options policy-statement DX-VIF-TRANSIT-OUT term DX-VIF-TRANSIT-G2 then metric 50',
      'set policy-options community DX-VIF-TRANSIT-G2-COMMUNITIES members [ 7224:7100 ]', 'set policy-options prefix-list DX-VIF-TRANSIT-V6-G1 2001:db8:100::/48',
    ],
    public: ['set interfaces xe-0/0/0 unit 201 family inet address 203.0.113.10/30', 'set protocols bgp group DX-VIF-PUBLIC peer-as 7224', 'set policy-options community DX-VIF-PUBLIC-G1-COMMUNITIES members [ 7224:9100 ]'],
  },
  'arista-eos': {
    prod: ['interface Ethernet1.101', '   encapsulation dot1q vlan 101', '   ip address 169.254.10.2/30', '   mtu 9001', '   neighbor 169.254.10.1 remote-as 64513', '   neighbor 169.254.10.1 password 0 <BGP-KEY>', '      network 10.0.0.0/16'],
    transit: [
      '   ipv6 address <CUSTOMER-IPV6>/125', '   neighbor <AMAZON-IPV6> remote-as 64600', '   address-family ipv6', '      neighbor <AMAZON-IPV6> activate', '      network 2001:db8:100::/48',
      '   set as-path prepend 65020 65020', '   set metric 50', '   set community 7224:7100', '   seq 10 permit 2001:db8:100::/48',
    ],
    public: ['   ip address 203.0.113.10/30', '   neighbor 203.0.113.9 remote-as 7224', '   set community 7224:9100'],
  },
  generic: {
    prod: ['vlan: 101', 'customer asn: 65010', 'amazon asn: 64513 (Direct Connect gateway dxgw-main)', 'ipv4 customer address: 169.254.10.2/30', 'ipv4 amazon address (neighbor): 169.254.10.1', 'mtu: 9001', 'bgp md5 key: <BGP-KEY>', 'ipv4 advertise: 10.0.0.0/16'],
    transit: ['ipv6 customer address: <CUSTOMER-IPV6>/125', 'ipv4 advertise: 10.20.0.0/16 (as-path prepend 1, communities 7224:7300)', 'ipv4 advertise: 10.29.0.0/16 (as-path prepend 2, med 50, communities 7224:7100)', 'ipv6 advertise: 2001:db8:100::/48 (as-path prepend 1, communities 7224:7300)', 'mtu: 8500'],
    public: ['amazon asn: 7224 (Amazon, on every public VIF)', 'ipv4 advertise: 198.51.100.0/24 (communities 7224:9100)'],
  },
};

describe.each(VENDORS)('dxplan config --vendor %s', (vendor) => {
  it('private VIF on a Direct Connect gateway (spec example vif-prod)', async () => {
    const lines = body(await config('vif-prod', vendor, SPEC));
    expect(lines).toEqual(expect.arrayContaining(EXPECT[vendor].prod));
    // The site's other space is never announced: only what `advertise` lists.
    expect(lines.join('\n')).not.toMatch(/10\.1\.0\.0|198\.51\.100/);
  });

  it('dual-stack transit VIF with per-prefix prepends, MED and communities', async () => {
    const out = await config('vif-transit', vendor, MORE);
    expect(body(out)).toEqual(expect.arrayContaining(EXPECT[vendor].transit));
    expect(comments(out).join('\n')).toMatch(/<AMAZON-IPV6> +Amazon's IPv6 peer address on vif-transit, assigned by AWS/);
  });

  it('public VIF: remote AS 7224 and its scope community', async () => {
    const lines = body(await config('vif-public', vendor, MORE));
    expect(lines).toEqual(expect.arrayContaining(EXPECT[vendor].public));
    expect(lines.join('\n')).not.toMatch(/10\.20\.0\.0|2001:db8/);
  });

  it('no MD5 line when the design says there is no key, and a placeholder remote AS when there is no gateway', async () => {
    const dir = tempDir();
    const file = join(dir, 't.yaml');
    writeFileSync(file, readFileSync(SPEC, 'utf8').replace('    bgpAuthKey: true             #', '    bgpAuthKey: false            #').replace('    gateway: dxgw-main           #', '    #'));
    const r = await cli(['config', 'vif-prod', '--vendor', vendor, '-f', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('<BGP-KEY>');
    expect(comments(r.stdout).join('\n')).toContain('bgpAuthKey is false');
    expect(body(r.stdout).join('\n')).toContain('<AMAZON-ASN>');
    expect(comments(r.stdout).join('\n')).toMatch(/<AMAZON-ASN> +the Amazon-side ASN of the VIF's gateway/);
  });
});

describe('dxplan config --all', () => {
  it('writes one file per VIF into --out-dir, the same bytes as one at a time', async () => {
    const dir = join(tempDir(), 'configs');
    const r = await cli(['config', '--all', '--out-dir', dir, '--vendor', 'junos', '-f', SPEC]);
    expect(r).toMatchObject({ code: 0, stderr: `wrote 3 junos configurations to ${dir}\n` });
    expect(readdirSync(dir).sort()).toEqual(['vif-prod-b.cfg', 'vif-prod.cfg', 'vif-public.cfg']);
    expect(readFileSync(join(dir, 'vif-prod-b.cfg'), 'utf8')).toBe(await config('vif-prod-b', 'junos', SPEC));
    // Existing files are kept unless --force.
    const again = await cli(['config', '--all', '--out-dir', dir, '--vendor', 'junos', '-f', SPEC]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists');
    expect((await cli(['config', '--all', '--out-dir', dir, '--vendor', 'junos', '-f', SPEC, '--force'])).code).toBe(0);
  });

  it('usage errors: a VIF that does not exist, --all without --out-dir, a VIF and --all', async () => {
    const r = await cli(['config', 'vif-prd', '--vendor', 'cisco-ios', '-f', SPEC]);
    expect(r).toMatchObject({ code: 2, stderr: 'dxplan: no VIF is named vif-prd (did you mean vif-prod?)\n' });
    expect((await cli(['config', '--all', '--vendor', 'generic', '-f', SPEC])).stderr).toContain('--all and --out-dir go together');
    const dir = tempDir();
    mkdirSync(join(dir, 'x'));
    expect((await cli(['config', 'vif-prod', '--all', '--out-dir', join(dir, 'x'), '--vendor', 'generic', '-f', SPEC])).code).toBe(2);
    expect((await cli(['config', 'vif-prod', '-f', SPEC])).code).toBe(2);
  });
});
