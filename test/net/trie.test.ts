import fc from 'fast-check';
import { Address, Prefix, contains, parseAddress, parsePrefix, prefixOf } from '../../src/net/prefix';
import { PrefixTrie } from '../../src/net/trie';

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
const texts = (es: { prefix: Prefix }[]) => es.map((e) => e.prefix.text);

function sample(): PrefixTrie<string> {
  const t = new PrefixTrie<string>();
  t.insert(P('10.0.0.0/8'), 'corp');
  t.insert(P('10.1.0.0/16'), 'hq');
  t.insert(P('10.1.2.0/24'), 'hq-lab');
  t.insert(P('10.2.0.0/16'), 'branch');
  t.insert(P('0.0.0.0/0'), 'default');
  t.insert(P('2001:db8::/32'), 'v6');
  t.insert(P('2001:db8:1::/48'), 'v6-hq');
  return t;
}

describe('PrefixTrie', () => {
  it('longestMatch prefers the longest containing prefix', () => {
    const t = sample();
    expect(t.longestMatch(A('10.1.2.3'))?.values).toEqual(['hq-lab']);
    expect(t.longestMatch(A('10.1.3.3'))?.values).toEqual(['hq']);
    expect(t.longestMatch(A('10.3.0.1'))?.values).toEqual(['corp']);
    expect(t.longestMatch(A('192.0.2.1'))?.prefix.text).toBe('0.0.0.0/0');
    expect(t.longestMatch(A('2001:db8:1::5'))?.values).toEqual(['v6-hq']);
    expect(t.longestMatch(A('2001:db8:2::5'))?.values).toEqual(['v6']);
    expect(t.longestMatch(A('2001:db9::1'))).toBeUndefined();
  });

  it('longestMatch of a prefix counts an equal stored prefix but not a longer one', () => {
    const t = sample();
    expect(t.longestMatch(P('10.1.0.0/16'))?.values).toEqual(['hq']);
    expect(t.longestMatch(P('10.1.0.0/17'))?.values).toEqual(['hq']);
    expect(t.longestMatch(P('10.0.0.0/7'))?.values).toEqual(['default']);
    expect(t.longestMatch(P('10.1.2.128/25'))?.values).toEqual(['hq-lab']);
  });

  it('keeps families apart', () => {
    const t = new PrefixTrie<number>();
    t.insert(P('::/0'), 1);
    expect(t.longestMatch(A('10.0.0.1'))).toBeUndefined();
    expect(t.matches(P('0.0.0.0/0'))).toEqual([]);
    t.insert(P('0.0.0.0/0'), 2);
    expect(t.longestMatch(A('::'))?.values).toEqual([1]);
    expect(t.longestMatch(A('0.0.0.0'))?.values).toEqual([2]);
  });

  it('matches lists every containing prefix, longest first', () => {
    expect(texts(sample().matches(A('10.1.2.3')))).toEqual(['10.1.2.0/24', '10.1.0.0/16', '10.0.0.0/8', '0.0.0.0/0']);
    expect(texts(sample().matches(P('10.2.0.0/16')))).toEqual(['10.2.0.0/16', '10.0.0.0/8', '0.0.0.0/0']);
    expect(texts(sample().matches(A('2001:db8:1::1')))).toEqual(['2001:db8:1::/48', '2001:db8::/32']);
  });

  it('keeps several values per prefix in insertion order and counts prefixes in size', () => {
    const t = new PrefixTrie<string>();
    t.insert(P('10.0.0.0/8'), 'b');
    t.insert(P('10.0.0.0/8'), 'a');
    t.insert(P('10.0.0.0/8'), 'c');
    expect(t.longestMatch(A('10.9.9.9'))?.values).toEqual(['b', 'a', 'c']);
    expect(t.size).toBe(1);
    expect(sample().size).toBe(7);
  });

  it('returns copies that cannot corrupt the trie', () => {
    const t = sample();
    t.longestMatch(A('10.1.2.3'))!.values.push('oops');
    t.within(P('10.0.0.0/8'))[0].values.length = 0;
    expect(t.longestMatch(A('10.1.2.3'))?.values).toEqual(['hq-lab']);
    expect(t.longestMatch(A('10.9.0.0'))?.values).toEqual(['corp']);
  });

  it('within lists stored prefixes inside p, p included, in address order', () => {
    const t = sample();
    expect(texts(t.within(P('10.0.0.0/8')))).toEqual(['10.0.0.0/8', '10.1.0.0/16', '10.1.2.0/24', '10.2.0.0/16']);
    expect(texts(t.within(P('10.1.0.0/16')))).toEqual(['10.1.0.0/16', '10.1.2.0/24']);
    expect(texts(t.within(P('10.1.0.0/17')))).toEqual(['10.1.2.0/24']);
    expect(texts(t.within(P('10.3.0.0/16')))).toEqual([]);
    expect(texts(t.within(P('0.0.0.0/0')))).toEqual([
      '0.0.0.0/0',
      '10.0.0.0/8',
      '10.1.0.0/16',
      '10.1.2.0/24',
      '10.2.0.0/16',
    ]);
    expect(texts(t.within(P('::/0')))).toEqual(['2001:db8::/32', '2001:db8:1::/48']);
    expect(texts(t.entries())).toEqual([...texts(t.within(P('0.0.0.0/0'))), '2001:db8::/32', '2001:db8:1::/48']);
  });

  it('handles /32 and /128 host routes', () => {
    const t = new PrefixTrie<string>();
    t.insert(P('255.255.255.255/32'), 'top');
    t.insert(P('ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff/128'), 'top6');
    t.insert(P('::/128'), 'zero6');
    expect(t.longestMatch(A('255.255.255.255'))?.values).toEqual(['top']);
    expect(t.longestMatch(A('255.255.255.254'))).toBeUndefined();
    expect(t.longestMatch(A('ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff'))?.values).toEqual(['top6']);
    expect(t.longestMatch(A('::'))?.values).toEqual(['zero6']);
    expect(t.longestMatch(A('::1'))).toBeUndefined();
  });

  it('agrees with a brute-force scan', () => {
    const anyPrefix = fc.oneof(
      fc.tuple(fc.bigInt({ min: 0n, max: 2n ** 32n - 1n }), fc.nat(32)).map(([v, l]) => prefixOf(4, v & 0xff00ffffn, l % 33)),
      fc.tuple(fc.bigInt({ min: 0n, max: 2n ** 128n - 1n }), fc.nat(128)).map(([v, l]) => prefixOf(6, v, l % 129)),
    );
    fc.assert(
      fc.property(fc.array(anyPrefix, { maxLength: 40 }), anyPrefix, (stored, q) => {
        const t = new PrefixTrie<number>();
        stored.forEach((p, i) => t.insert(p, i));
        const containing = stored.filter((p) => contains(p, q));
        const got = t.matches(q);
        const lengths = [...new Set(containing.map((p) => p.length))].sort((a, b) => b - a);
        if (JSON.stringify(got.map((e) => e.prefix.length)) !== JSON.stringify(lengths)) return false;
        const inside = stored.filter((p) => contains(q, p));
        const w = t.within(q);
        return (
          w.reduce((n, e) => n + e.values.length, 0) === inside.length &&
          t.size === new Set(stored.map((p) => p.text)).size &&
          (t.longestMatch(q)?.prefix.length ?? -1) === (lengths[0] ?? -1)
        );
      }),
      { numRuns: 300 },
    );
  });
});
