/**
 * Links as people break them (docs/share-link-scheme.md, "Links as people pass them"): read as
 * meant where that is certain, a one-click suggestion where it is likely, and never a guess.
 */
import { describeIgnored } from '../../src/domain/links/ignored-text';
import {
  canonicalToken,
  nearMiss,
  oneEditApart,
  tidyToken,
} from '../../src/domain/links/near-miss';
import { readQueryPairs } from '../../src/domain/links/query';
import { decodeShareQuery } from '../../src/domain/links/share-link';
import { decodeTeamQuery } from '../../src/domain/links/team-link';
import { MODEL_REGISTRY } from '../../src/domain/scoring-models';
import { openLink, reportOf } from '../support/results';

const decode = (search: string) => decodeShareQuery(search, MODEL_REGISTRY);

describe('links read as the person meant them', () => {
  it('reads values and keys in any case', () => {
    const link = decode('v=1&data=2027-01&Kind=API&docs=Important');
    expect(link.answers).toEqual({ kind: 'api', docs: 'important' });
    expect(link.ignored).toEqual([]);
    expect(reportOf('v=1&data=2027-01&kind=API&docs=Important').verdict.headline).toBe(
      reportOf('v=1&data=2027-01&kind=api&docs=important').verdict.headline,
    );
  });

  it('reads a link copied out of an HTML email, with &amp; between the parts', () => {
    const link = decode('v=1&amp;data=2027-01&amp;kind=api&amp;async=must&amp;amp;docs=must');
    expect(link.answers).toEqual({ kind: 'api', async: 'must', docs: 'must' });
    expect(link.modelId).toBe('2027-01');
    expect(link.ignored).toEqual([]);
  });

  it.each([
    ['a full stop and a bracket after the link', 'docs=must).'],
    ['a quote after it, percent-encoded by the browser', 'docs=must%22'],
    ['typographic quotes around the value', 'docs=%E2%80%9Cmust%E2%80%9D'],
    ['angle brackets around it', 'docs=%3Cmust%3E'],
    ['an HTML-escaped quote after it', 'docs=must&quot;'],
    ['spaces around it', 'docs=+must+'],
  ])('reads %s', (_what, part) => {
    const link = decode(`v=1&data=2027-01&kind=api&${part}`);
    expect(link.answers).toEqual({ kind: 'api', docs: 'must' });
    expect(link.ignored).toEqual([]);
  });

  it('forgives the version and the model too', () => {
    const link = decode('V=1.&DATA=2027-01)');
    expect(link.modelId).toBe('2027-01');
    expect(link.modelNamed).toBe(true);
    expect(link.ignored).toEqual([]);
  });

  it('reads a team member’s answers the same way, and never trims a name', () => {
    const { team, ignored } = decodeTeamQuery(
      't=1&data=2027-01&name=Billing+(v2).&m=Ann~kind-API.docs-must).',
      MODEL_REGISTRY,
    );
    expect(team.name).toBe('Billing (v2).');
    expect(team.members[0]?.answers).toEqual({ kind: 'api', docs: 'must' });
    expect(ignored).toEqual([]);
  });

  it('drops only parts that hold nothing but punctuation', () => {
    expect(readQueryPairs('kind=api&).&&amp;&quot;')).toEqual([['kind', 'api']]);
    expect(readQueryPairs('=x')).toEqual([['', 'x']]);
  });
});

describe('a near miss is suggested, never applied', () => {
  it('suggests the one value a cut-off value begins', () => {
    const link = decode('v=1&data=2027-01&kind=api&orm=sqlal');
    expect(link.answers).toEqual({ kind: 'api' });
    expect(link.ignored).toHaveLength(1);
    expect(link.ignored[0]?.suggestion).toEqual({
      key: 'orm',
      value: 'sqlalchemy',
      query: 'v=1&data=2027-01&kind=api&orm=sqlalchemy',
    });
    expect(describeIgnored(link.ignored[0]!)).toBe(
      'We ignored “orm=sqlal”: not a known answer. Did you mean “orm=sqlalchemy”?',
    );
  });

  it('suggests the one value a typo is one edit from, and keeps every other part of the link', () => {
    const link = decode('v=1&data=2027-01&kind=api&docs=importnat&orm=sqlal&colour=blue');
    const [docs, orm, colour] = link.ignored;
    expect(docs?.suggestion?.value).toBe('important');
    expect(docs?.suggestion?.query).toBe(
      'v=1&data=2027-01&kind=api&docs=important&orm=sqlal&colour=blue',
    );
    expect(orm?.suggestion?.value).toBe('sqlalchemy');
    expect(colour?.suggestion).toBeUndefined();
    // Following one suggestion reads that part and still suggests the other.
    const fixed = decode(docs?.suggestion?.query ?? '');
    expect(fixed.answers).toEqual({ kind: 'api', docs: 'important' });
    expect(fixed.ignored.map((part) => part.suggestion?.value)).toEqual(['sqlalchemy', undefined]);
  });

  it('suggests a key one edit away when its value fits that question', () => {
    const [part] = decode('v=1&data=2027-01&dcos=must').ignored;
    expect(part?.reason).toBe('unknown-key');
    expect(part?.suggestion).toMatchObject({ key: 'docs', value: 'must' });
    expect(decode('v=1&data=2027-01&dcos=banana').ignored[0]?.suggestion).toBeUndefined();
  });

  it('suggests a known model one edit away', () => {
    const link = decode('v=1&data=2027-1&kind=api');
    expect(link.modelId).toBe(MODEL_REGISTRY.current.id);
    expect(link.ignored[0]?.suggestion).toEqual({
      key: 'data',
      value: '2027-01',
      query: 'v=1&data=2027-01&kind=api',
    });
  });

  it('suggests nothing where two known values fit', () => {
    // "n" begins both "no" and "nice"; "mist" is one edit from "must" only.
    expect(decode('v=1&data=2027-01&docs=n').ignored[0]?.suggestion).toBeUndefined();
    expect(decode('v=1&data=2027-01&docs=mist').ignored[0]?.suggestion?.value).toBe('must');
  });

  it('suggests only values the link’s own model knows', () => {
    // 2026-11 has no "dashboard", so a cut-off "dash" suggests nothing under it.
    expect(decode('v=1&data=2026-11&kind=dash').ignored[0]?.suggestion).toBeUndefined();
    expect(decode('v=1&data=2027-01&kind=dash').ignored[0]?.suggestion?.value).toBe('dashboard');
  });

  it('never applies a suggestion', () => {
    expect(openLink('v=1&data=2027-01&kind=api&docs=importnat').shareQuery).toBe(
      'v=1&data=2027-01&kind=api',
    );
  });
});

describe('the near-miss rules', () => {
  it.each([
    ['importnat', 'important', true],
    ['mst', 'must', true],
    ['musst', 'must', true],
    ['mutt', 'must', true],
    ['must', 'must', false],
    ['mu', 'must', false],
    ['tsum', 'must', false],
  ])('%s is one edit from %s: %s', (a, b, expected) => {
    expect(oneEditApart(a, b)).toBe(expected);
    expect(oneEditApart(b, a)).toBe(expected);
  });

  it('offers a unique beginning or a unique single edit, nothing else', () => {
    const values = ['no', 'nice', 'important', 'must'];
    expect(nearMiss('imp', values)).toBe('important');
    expect(nearMiss('n', values)).toBeUndefined();
    expect(nearMiss('mist', values)).toBe('must');
    expect(nearMiss('', values)).toBeUndefined();
    expect(nearMiss('must', values)).toBeUndefined();
    expect(nearMiss('x'.repeat(10_000), values)).toBeUndefined();
  });

  it('tidies what surrounds a token and nothing inside it', () => {
    expect(tidyToken(' «must»!? ')).toBe('must');
    expect(tidyToken('&quot;2027-01&quot;')).toBe('2027-01');
    expect(tidyToken('sql.alchemy')).toBe('sql.alchemy');
    expect(canonicalToken('(API)')).toBe('api');
  });
});
