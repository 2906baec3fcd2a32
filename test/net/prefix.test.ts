import {
  Address,
  NON_PUBLIC_V4,
  PRIVATE_PEER_V4,
  Prefix,
  broadcast,
  comparePrefixes,
  contains,
  formatAddress,
  inAny,
  intersectsAny,
  isPublicAddress,
  overlaps,
  parseAddress,
  parseInterfaceAddress,
  parsePrefix,
  prefixOf,
} from '../../src/net/prefix';

function P(text: string): Prefix {
  const r = parsePrefix(text);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}
function A(text: string): Address {
  const r = parseAddress(text);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}
function err(r: { ok: boolean; error?: string }): string {
  expect(r.ok).toBe(false);
  return (r as { error: string }).error;
}

describe('parsePrefix IPv4', () => {
  it('parses network, length and canonical text', () => {
    const p = P('10.1.0.0/16');
    expect(p).toEqual({ family: 4, network: 0x0a010000n, length: 16, text: '10.1.0.0/16' });
  });

  it('accepts the /0 and /32 boundaries', () => {
    expect(P('0.0.0.0/0')).toMatchObject({ network: 0n, length: 0 });
    expect(P('255.255.255.255/32')).toMatchObject({ network: 0xffffffffn, length: 32 });
    expect(P('10.0.0.1/32').network).toBe(0x0a000001n);
  });

  it('rejects host bits and names the network', () => {
    expect(err(parsePrefix('10.0.0.1/16'))).toBe('10.0.0.1/16 has host bits set: the network is 10.0.0.0/16');
    expect(err(parsePrefix('1.0.0.0/0'))).toBe('1.0.0.0/0 has host bits set: the network is 0.0.0.0/0');
    expect(err(parsePrefix('192.168.1.128/24'))).toContain('the network is 192.168.1.0/24');
    expect(err(parsePrefix('10.0.0.1/31'))).toContain('the network is 10.0.0.0/31');
  });

  it('rejects out-of-range lengths', () => {
    expect(err(parsePrefix('10.0.0.0/33'))).toContain('prefix length 33 is out of range 0..32');
    expect(err(parsePrefix('10.0.0.0/-1'))).toContain('not a CIDR prefix');
    expect(err(parsePrefix('10.0.0.0/1000'))).toContain('out of range');
  });

  it('rejects leading zeros in octets and lengths', () => {
    expect(err(parsePrefix('010.0.0.0/8'))).toContain("octet '010' has a leading zero");
    expect(err(parsePrefix('10.00.0.0/16'))).toContain('leading zero');
    expect(err(parsePrefix('10.0.0.0/08'))).toContain("prefix length '08' has a leading zero");
  });

  it('rejects bad syntax with an example', () => {
    for (const bad of [
      '',
      '/',
      '10.0.0.0',
      '10.0.0.0/',
      '10.0.0/8',
      '10.0.0.0.0/8',
      '10..0.0/8',
      '256.0.0.0/8',
      ' 10.0.0.0/8',
      '10.0.0.0/8 ',
      '10.0.0.0/8/8',
      'a.b.c.d/8',
      '10.0.0.0/x',
      '1000.0.0.0/8',
    ]) {
      expect(err(parsePrefix(bad))).toContain('is not a CIDR prefix such as 10.0.0.0/16');
    }
    expect(err(parsePrefix('10.0.0.0'))).toContain('the /length is missing');
    expect(err(parsePrefix('256.0.0.0/8'))).toContain('octet 256 is greater than 255');
  });

  it('never throws, even on non-strings from YAML', () => {
    for (const junk of [null, undefined, 42, {}, [], '\u0000', '::::::::/0', '1'.repeat(10_000)]) {
      expect(() => parsePrefix(junk as unknown as string)).not.toThrow();
      expect(parsePrefix(junk as unknown as string).ok).toBe(false);
    }
  });

  it('parses 100k distinct prefixes', () => {
    let ok = 0;
    for (let i = 0; i < 100_000; i++) if (parsePrefix(`${10 + (i % 200)}.${(i >> 8) & 255}.${i & 255}.0/24`).ok) ok++;
    expect(ok).toBe(100_000);
  });
});

describe('parsePrefix IPv6', () => {
  it('canonicalises to RFC 5952 compressed lowercase', () => {
    expect(P('2001:DB8:0:0:0:0:0:0/32').text).toBe('2001:db8::/32');
    expect(P('2001:0db8:0000:0000:0000:0000:0000:0000/32').text).toBe('2001:db8::/32');
    expect(P('2001:db8:0:0:1:0:0:0/80').text).toBe('2001:db8:0:0:1::/80'); // longer run of 3 beats 2
    expect(P('2001:db8:0:0:1:0:0:1/128').text).toBe('2001:db8::1:0:0:1/128'); // first of equal runs
    expect(P('2001:db8:0:1:0:0:0:0/64').text).toBe('2001:db8:0:1::/64'); // longest run wins
    expect(P('2001:db8:1:1:1:1:1:0/128').text).toBe('2001:db8:1:1:1:1:1:0/128'); // single 0 not compressed
    expect(P('::/0').text).toBe('::/0');
    expect(P('fe80::/10').network).toBe(0xfe80n << 112n);
  });

  it('accepts /0 and /128 and rejects /129', () => {
    expect(P('::/0')).toMatchObject({ family: 6, network: 0n, length: 0 });
    expect(P('ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff/128').network).toBe((1n << 128n) - 1n);
    expect(err(parsePrefix('::/129'))).toContain('out of range 0..128');
  });

  it('rejects host bits with the canonical network', () => {
    expect(err(parsePrefix('2001:db8::1/64'))).toBe('2001:db8::1/64 has host bits set: the network is 2001:db8::/64');
  });

  it('rejects bad syntax', () => {
    for (const bad of [
      '2001:db8:::/48',
      '2001::db8::/48',
      '2001:db8/32',
      ':2001:db8::/32',
      '2001:db8::1:/128',
      '12345::/16',
      '2001:db8:0:0:0:0:0:0:0/32',
      '2001:db8:0:0:0:0:0/32',
      'g::/16',
      '1.2.3.4::/128',
      '::1.2.3/128',
      'fe80::1%eth0/128',
    ]) {
      expect(err(parsePrefix(bad))).toContain('is not a CIDR prefix such as 2001:db8::/32');
    }
  });

  it('accepts embedded IPv4 in the last 32 bits', () => {
    expect(A('::ffff:192.0.2.1')).toEqual({ family: 6, value: 0xffffc0000201n, text: '::ffff:c000:201' });
    expect(A('1:2:3:4:5:6:1.2.3.4').text).toBe('1:2:3:4:5:6:102:304');
  });
});

describe('parseAddress', () => {
  it('parses both families', () => {
    expect(A('192.0.2.1')).toEqual({ family: 4, value: 0xc0000201n, text: '192.0.2.1' });
    expect(A('0.0.0.0').value).toBe(0n);
    expect(A('2001:DB8::0001')).toEqual({ family: 6, value: (0x20010db8n << 96n) | 1n, text: '2001:db8::1' });
    expect(A('::').text).toBe('::');
    expect(A('::1').text).toBe('::1');
    expect(A('1::').text).toBe('1::');
  });

  it('rejects masks and junk', () => {
    expect(err(parseAddress('10.0.0.1/32'))).toContain('an address takes no /length');
    expect(err(parseAddress('10.0.0.01'))).toContain('leading zero');
    expect(err(parseAddress('host.example'))).toContain('is not an IP address');
  });
});

describe('parseInterfaceAddress', () => {
  it('keeps the host bits and derives the network', () => {
    const r = parseInterfaceAddress('169.254.10.1/30');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.address.text).toBe('169.254.10.1');
    expect(r.value.length).toBe(30);
    expect(r.value.network.text).toBe('169.254.10.0/30');
    expect(r.value.text).toBe('169.254.10.1/30');
  });

  it('canonicalises IPv6 and handles boundaries', () => {
    const r = parseInterfaceAddress('2001:DB8:0::1/64');
    expect(r.ok && r.value.text).toBe('2001:db8::1/64');
    expect(r.ok && r.value.network.text).toBe('2001:db8::/64');
    const z = parseInterfaceAddress('10.1.2.3/0');
    expect(z.ok && z.value.network.text).toBe('0.0.0.0/0');
  });

  it('requires the mask', () => {
    expect(err(parseInterfaceAddress('169.254.10.1'))).toContain('the /length is missing');
    expect(err(parseInterfaceAddress('169.254.10.1/33'))).toContain('out of range');
  });
});

describe('relations', () => {
  it('contains prefixes and addresses, inclusive at both ends', () => {
    const p = P('10.1.0.0/16');
    expect(contains(p, P('10.1.0.0/16'))).toBe(true);
    expect(contains(p, P('10.1.255.0/24'))).toBe(true);
    expect(contains(p, P('10.0.0.0/8'))).toBe(false);
    expect(contains(p, P('10.2.0.0/24'))).toBe(false);
    expect(contains(p, A('10.1.0.0'))).toBe(true);
    expect(contains(p, A('10.1.255.255'))).toBe(true);
    expect(contains(p, A('10.2.0.0'))).toBe(false);
    expect(contains(P('0.0.0.0/0'), A('255.255.255.255'))).toBe(true);
    expect(contains(P('::/0'), A('ffff::1'))).toBe(true);
  });

  it('never relates different families', () => {
    expect(contains(P('0.0.0.0/0'), A('::1'))).toBe(false);
    expect(contains(P('::/0'), A('0.0.0.0'))).toBe(false);
    expect(contains(P('::/0'), P('0.0.0.0/0'))).toBe(false);
    expect(overlaps(P('::/0'), P('0.0.0.0/0'))).toBe(false);
    // Same numeric value in both families is still not the same space.
    expect(contains(P('::/96'), A('0.0.0.1'))).toBe(false);
  });

  it('overlaps is symmetric and false for adjacent prefixes', () => {
    expect(overlaps(P('10.0.0.0/8'), P('10.5.0.0/16'))).toBe(true);
    expect(overlaps(P('10.5.0.0/16'), P('10.0.0.0/8'))).toBe(true);
    expect(overlaps(P('10.0.0.0/25'), P('10.0.0.128/25'))).toBe(false);
    expect(overlaps(P('2001:db8::/32'), P('2001:db8:1::/48'))).toBe(true);
    expect(overlaps(P('2001:db8::/32'), P('2001:db9::/32'))).toBe(false);
  });

  it('broadcast is the last address', () => {
    expect(formatAddress(4, broadcast(P('10.1.0.0/16')))).toBe('10.1.255.255');
    expect(broadcast(P('0.0.0.0/0'))).toBe(0xffffffffn);
    expect(broadcast(P('10.0.0.5/32'))).toBe(0x0a000005n);
    expect(formatAddress(6, broadcast(P('2001:db8::/32')))).toBe('2001:db8:ffff:ffff:ffff:ffff:ffff:ffff');
    expect(broadcast(P('::/0'))).toBe((1n << 128n) - 1n);
  });

  it('prefixOf clears host bits', () => {
    expect(prefixOf(4, 0x0a0101ffn, 24).text).toBe('10.1.1.0/24');
    expect(prefixOf(6, 1n, 0).text).toBe('::/0');
  });

  it('comparePrefixes orders family, network, then shorter first', () => {
    const sorted = ['10.0.0.0/16', '::/0', '10.0.0.0/8', '9.0.0.0/8'].map(P).sort(comparePrefixes);
    expect(sorted.map((p) => p.text)).toEqual(['9.0.0.0/8', '10.0.0.0/8', '10.0.0.0/16', '::/0']);
  });
});

describe('public and private space', () => {
  it('lists the documented ranges', () => {
    expect(NON_PUBLIC_V4.map((p) => p.text)).toEqual([
      '10.0.0.0/8',
      '172.16.0.0/12',
      '192.168.0.0/16',
      '100.64.0.0/10',
      '169.254.0.0/16',
      '127.0.0.0/8',
      '0.0.0.0/8',
      '224.0.0.0/3',
    ]);
    expect(PRIVATE_PEER_V4.map((p) => p.text)).toEqual([
      '10.0.0.0/8',
      '172.16.0.0/12',
      '192.168.0.0/16',
      '100.64.0.0/10',
      '169.254.0.0/16',
    ]);
  });

  it('isPublicAddress for IPv4', () => {
    for (const pub of ['8.8.8.8', '192.0.2.1', '198.51.100.7', '203.0.113.254', '172.32.0.1', '100.128.0.1', '223.255.255.255']) {
      expect([pub, isPublicAddress(A(pub))]).toEqual([pub, true]);
    }
    for (const priv of ['10.0.0.1', '172.31.255.255', '192.168.0.1', '100.64.0.1', '169.254.1.1', '127.0.0.1', '0.0.0.0', '224.0.0.1', '255.255.255.255']) {
      expect([priv, isPublicAddress(A(priv))]).toEqual([priv, false]);
    }
  });

  it('isPublicAddress for IPv6 is global unicast, documentation included', () => {
    expect(isPublicAddress(A('2600::1'))).toBe(true);
    expect(isPublicAddress(A('2001:db8::1'))).toBe(true);
    expect(isPublicAddress(A('3fff:ffff::1'))).toBe(true);
    expect(isPublicAddress(A('fe80::1'))).toBe(false);
    expect(isPublicAddress(A('fd00::1'))).toBe(false);
    expect(isPublicAddress(A('::1'))).toBe(false);
    expect(isPublicAddress(A('ff02::1'))).toBe(false);
  });

  it('inAny is containment, intersectsAny is overlap', () => {
    expect(inAny(NON_PUBLIC_V4, P('10.1.0.0/16'))).toBe(true);
    expect(inAny(NON_PUBLIC_V4, P('10.0.0.0/8'))).toBe(true);
    expect(inAny(NON_PUBLIC_V4, P('0.0.0.0/0'))).toBe(false);
    expect(intersectsAny(NON_PUBLIC_V4, P('0.0.0.0/0'))).toBe(true);
    expect(intersectsAny(NON_PUBLIC_V4, P('8.0.0.0/7'))).toBe(false);
    expect(intersectsAny(NON_PUBLIC_V4, P('172.0.0.0/8'))).toBe(true);
    expect(inAny(NON_PUBLIC_V4, P('172.0.0.0/8'))).toBe(false);
    expect(inAny(PRIVATE_PEER_V4, A('169.254.0.1'))).toBe(true);
    expect(intersectsAny(PRIVATE_PEER_V4, A('8.8.8.8'))).toBe(false);
    expect(intersectsAny(NON_PUBLIC_V4, P('::/0'))).toBe(false);
  });
});
