/**
 * Frozen share links (scheme v1, model 2026-11) and the ranking each must show, forever.
 * Released links live in chats, pull requests and decision records: this file never changes.
 * A change to ratings, weights or rules ships as a new model id with links of its own.
 * Each entry: [framework, shown score, failed must-have criteria], best first.
 */
export interface FrozenLink {
  readonly link: string;
  readonly ranking: readonly (readonly [string, number, readonly string[]])[];
}

export const FROZEN_LINKS: readonly FrozenLink[] = [
  {
    link: '/result?v=1&data=2026-11&kind=webapp&admin=must&orm=django&style=conventions',
    ranking: [
      ['django', 100, []],
      ['flask', 62, []],
      ['fastapi', 40, ['builtin_admin']],
    ],
  },
  {
    link: '/result?v=1&data=2026-11&kind=api&async=must&perf=important&docs=must',
    ranking: [
      ['fastapi', 100, []],
      ['django', 58, []],
      ['flask', 42, ['async_io', 'auto_api_docs', 'typed_validation']],
    ],
  },
  {
    link: '/result?v=1&data=2026-11&kind=learn&style=freedom&team=new',
    ranking: [
      ['flask', 100, []],
      ['fastapi', 67, []],
      ['django', 52, []],
    ],
  },
  {
    link: '/result?v=1&data=2026-11&kind=api&style=freedom&team=flask',
    ranking: [
      ['fastapi', 83, []],
      ['flask', 75, []],
      ['django', 42, []],
    ],
  },
  {
    link: '/result?v=1&data=2026-11',
    ranking: [
      ['django', 79, []],
      ['fastapi', 71, []],
      ['flask', 59, []],
    ],
  },
  {
    link: '/result?v=1&data=2026-11&kind=webapp&async=no&admin=nice&orm=none&perf=important&docs=must&style=conventions&team=typed',
    ranking: [
      ['django', 76, []],
      ['fastapi', 71, []],
      ['flask', 55, ['auto_api_docs', 'typed_validation']],
    ],
  },
  {
    link: '/result?v=1&data=2026-11&kind=api&async=nice&admin=important&orm=any&perf=must&docs=no&style=freedom&team=django',
    ranking: [
      ['fastapi', 76, []],
      ['flask', 60, []],
      ['django', 60, ['raw_throughput']],
    ],
  },
  {
    link: '/result?v=1&data=2026-11&kind=micro&async=important&admin=must&orm=django&perf=no&docs=nice&style=any&team=flask',
    ranking: [
      ['django', 64, []],
      ['flask', 62, []],
      ['fastapi', 78, ['builtin_admin']],
    ],
  },
  {
    link: '/result?v=1&data=2026-11&kind=ml&async=must&admin=no&orm=sqlalchemy&perf=nice&docs=important&style=conventions&team=any',
    ranking: [
      ['fastapi', 92, []],
      ['django', 60, []],
      ['flask', 48, ['async_io']],
    ],
  },
  {
    link: '/result?v=1&data=2026-11&kind=learn&async=no&admin=nice&orm=none&perf=important&docs=must&style=freedom&team=new',
    ranking: [
      ['fastapi', 83, []],
      ['django', 56, []],
      ['flask', 72, ['auto_api_docs', 'typed_validation']],
    ],
  },
  {
    link: '/result?v=1&data=2026-11&kind=webapp&async=nice&admin=important&orm=any&perf=must&docs=no&style=any&team=typed',
    ranking: [
      ['fastapi', 62, []],
      ['flask', 60, []],
      ['django', 80, ['raw_throughput']],
    ],
  },
  {
    link: '/result?v=1&data=2026-11&kind=api&async=important&admin=must&orm=django&perf=no&docs=nice&style=conventions&team=django',
    ranking: [
      ['django', 80, []],
      ['flask', 47, []],
      ['fastapi', 69, ['builtin_admin']],
    ],
  },
  {
    link: '/result?v=1&data=2026-11&kind=micro&async=must&admin=no&orm=sqlalchemy&perf=nice&docs=important&style=freedom&team=flask',
    ranking: [
      ['fastapi', 93, []],
      ['django', 46, []],
      ['flask', 65, ['async_io']],
    ],
  },
  {
    link: '/result?v=1&data=2026-11&kind=ml&async=no&admin=nice&orm=none&perf=important&docs=must&style=any&team=any',
    ranking: [
      ['fastapi', 96, []],
      ['django', 56, []],
      ['flask', 53, ['auto_api_docs', 'typed_validation']],
    ],
  },
  {
    link: '/result?v=1&data=2026-11&kind=learn&async=nice&admin=important&orm=any&perf=must&docs=no&style=conventions&team=new',
    ranking: [
      ['flask', 72, []],
      ['fastapi', 67, []],
      ['django', 67, ['raw_throughput']],
    ],
  },
  {
    link: '/result?v=1&data=2026-11&kind=webapp&async=important&admin=must&orm=django&perf=no&docs=nice&style=freedom&team=typed',
    ranking: [
      ['django', 83, []],
      ['flask', 60, []],
      ['fastapi', 62, ['builtin_admin']],
    ],
  },
  {
    link: '/result?v=1&data=2026-11&kind=api&async=must&admin=no&orm=sqlalchemy&perf=nice&docs=important&style=any&team=django',
    ranking: [
      ['fastapi', 92, []],
      ['django', 60, []],
      ['flask', 48, ['async_io']],
    ],
  },
  {
    link: '/result?v=1&data=2026-11&kind=micro&async=no&admin=nice&orm=none&perf=important&docs=must&style=conventions&team=flask',
    ranking: [
      ['fastapi', 86, []],
      ['django', 54, []],
      ['flask', 60, ['auto_api_docs', 'typed_validation']],
    ],
  },
  {
    link: '/result?v=1&data=2026-11&kind=ml&async=nice&admin=important&orm=any&perf=must&docs=no&style=freedom&team=any',
    ranking: [
      ['fastapi', 83, []],
      ['flask', 64, []],
      ['django', 53, ['raw_throughput']],
    ],
  },
  {
    link: '/result?v=1&data=2026-11&kind=learn&async=important&admin=must&orm=django&perf=no&docs=nice&style=any&team=new',
    ranking: [
      ['django', 76, []],
      ['flask', 69, []],
      ['fastapi', 69, ['builtin_admin']],
    ],
  },
  {
    link: '/result?v=1&data=2026-11&kind=webapp&async=must&admin=no&orm=sqlalchemy&perf=nice&docs=important&style=conventions&team=typed',
    ranking: [
      ['django', 76, []],
      ['fastapi', 73, []],
      ['flask', 52, ['async_io']],
    ],
  },
  {
    link: '/result?v=1&data=2026-11&kind=api&async=no&admin=nice&orm=none&perf=important&docs=must&style=freedom&team=django',
    ranking: [
      ['fastapi', 86, []],
      ['django', 58, []],
      ['flask', 56, ['auto_api_docs', 'typed_validation']],
    ],
  },
  {
    link: '/result?v=1&data=2026-11&kind=micro&async=nice&admin=important&orm=any&perf=must&docs=no&style=any&team=flask',
    ranking: [
      ['fastapi', 83, []],
      ['flask', 69, []],
      ['django', 47, ['raw_throughput']],
    ],
  },
  {
    link: '/result?v=1&data=2026-11&kind=ml&async=important&admin=must&orm=django&perf=no&docs=nice&style=conventions&team=any',
    ranking: [
      ['django', 78, []],
      ['flask', 49, []],
      ['fastapi', 73, ['builtin_admin']],
    ],
  },
  {
    link: '/result?v=1&data=2026-11&kind=learn&async=must&admin=no&orm=sqlalchemy&perf=nice&docs=important&style=freedom&team=new',
    ranking: [
      ['fastapi', 86, []],
      ['django', 55, []],
      ['flask', 71, ['async_io']],
    ],
  },
  {
    link: '/result?v=1&data=2026-11&async=must&admin=must&perf=must&docs=must',
    ranking: [
      ['fastapi', 87, ['builtin_admin']],
      ['django', 67, ['raw_throughput']],
      ['flask', 47, ['async_io', 'auto_api_docs', 'typed_validation']],
    ],
  },
  {
    link: '/result?v=1&data=2026-11&kind=ml&async=important',
    ranking: [
      ['fastapi', 100, []],
      ['django', 56, []],
      ['flask', 44, []],
    ],
  },
  {
    link: '/result?v=1&data=2026-11&team=django',
    ranking: [
      ['django', 100, []],
      ['fastapi', 33, []],
      ['flask', 33, []],
    ],
  },
  {
    link: '/result?kind=micro&perf=must',
    ranking: [
      ['fastapi', 100, []],
      ['flask', 67, []],
      ['django', 33, ['raw_throughput']],
    ],
  },
];
