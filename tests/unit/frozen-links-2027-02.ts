/**
 * Frozen share links of model 2027-02 and the ranking each must show, forever: generated when the
 * model was released (every question and answer value at least once, ties of every kind the
 * model breaks, and the small sites it was made for). This file never changes. Each entry:
 * [framework, shown score, failed must-have criteria], best first.
 */
import type { FrozenLink } from './frozen-links';

export const FROZEN_LINKS_2027_02: readonly FrozenLink[] = [
  {
    link: '/result?v=1&data=2027-02&kind=webapp&async=must&admin=no&orm=none',
    ranking: [
      ['django', 81, []],
      ['fastapi', 64, []],
      ['flask', 64, ['async_io']],
    ],
  },
  {
    link: '/result?v=1&data=2027-02&kind=site&async=no&perf=must&style=conventions',
    ranking: [
      ['fastapi', 63, []],
      ['django', 63, ['raw_throughput']],
      ['flask', 63, ['raw_throughput']],
    ],
  },
  {
    link: '/result?v=1&data=2027-02&kind=api&orm=none&style=conventions&codebase=none',
    ranking: [
      ['fastapi', 83, []],
      ['flask', 71, []],
      ['django', 58, []],
    ],
  },
  {
    link: '/result?v=1&data=2027-02&kind=micro&async=must&orm=none&perf=important&style=freedom&team=any&codebase=fastapi',
    ranking: [
      ['fastapi', 96, []],
      ['django', 39, []],
      ['flask', 57, ['async_io']],
    ],
  },
  {
    link: '/result?v=1&data=2027-02&kind=ml&async=important&admin=no&orm=django&perf=important&docs=important&team=any',
    ranking: [
      ['fastapi', 87, []],
      ['django', 60, []],
      ['flask', 47, []],
    ],
  },
  {
    link: '/result?v=1&data=2027-02&kind=learn&style=conventions&codebase=flask',
    ranking: [
      ['flask', 85, []],
      ['django', 56, []],
      ['fastapi', 41, []],
    ],
  },
  {
    link: '/result?v=1&data=2027-02&kind=dashboard&async=no&admin=must&orm=none&codebase=flask',
    ranking: [
      ['flask', 92, []],
      ['django', 54, []],
      ['fastapi', 49, ['builtin_admin']],
    ],
  },
  {
    link: '/result?v=1&data=2027-02&kind=realtime&async=nice&perf=important&style=any&codebase=other',
    ranking: [
      ['fastapi', 100, []],
      ['django', 56, []],
      ['flask', 33, []],
    ],
  },
  {
    link: '/result?v=1&data=2027-02&kind=site&async=no&perf=important&style=any&codebase=none',
    ranking: [
      ['flask', 78, []],
      ['fastapi', 67, []],
      ['django', 56, []],
    ],
  },
  {
    link: '/result?v=1&data=2027-02&async=nice&admin=no&perf=nice&docs=no&style=conventions',
    ranking: [
      ['django', 75, []],
      ['fastapi', 67, []],
      ['flask', 33, []],
    ],
  },
  {
    link: '/result?v=1&data=2027-02&async=important&perf=important',
    ranking: [
      ['fastapi', 100, []],
      ['django', 50, []],
      ['flask', 33, []],
    ],
  },
  {
    link: '/result?v=1&data=2027-02&async=must&orm=any&docs=important',
    ranking: [
      ['fastapi', 100, []],
      ['django', 67, []],
      ['flask', 47, ['async_io']],
    ],
  },
  {
    link: '/result?v=1&data=2027-02&async=must&admin=no&orm=sqlalchemy&docs=no&codebase=django',
    ranking: [
      ['django', 77, []],
      ['fastapi', 67, []],
      ['flask', 47, ['async_io']],
    ],
  },
  {
    link: '/result?v=1&data=2027-02&kind=api&admin=nice&style=freedom&team=typed&codebase=fastapi',
    ranking: [
      ['fastapi', 90, []],
      ['flask', 57, []],
      ['django', 48, []],
    ],
  },
  {
    link: '/result?v=1&data=2027-02&kind=api&admin=important&codebase=none',
    ranking: [
      ['fastapi', 78, []],
      ['flask', 72, []],
      ['django', 67, []],
    ],
  },
  {
    link: '/result?v=1&data=2027-02&admin=must&orm=sqlalchemy&docs=must&team=typed',
    ranking: [
      ['django', 70, []],
      ['flask', 64, []],
      ['fastapi', 82, ['builtin_admin']],
    ],
  },
  {
    link: '/result?v=1&data=2027-02&async=must&admin=no&orm=django&perf=important&docs=nice&team=new',
    ranking: [
      ['fastapi', 79, []],
      ['django', 67, []],
      ['flask', 55, ['async_io']],
    ],
  },
  {
    link: '/result?v=1&data=2027-02&kind=api&async=no&orm=sqlalchemy&docs=important&team=any&codebase=fastapi',
    ranking: [
      ['fastapi', 100, []],
      ['flask', 64, []],
      ['django', 39, []],
    ],
  },
  {
    link: '/result?v=1&data=2027-02&kind=webapp&admin=must&orm=none&perf=must',
    ranking: [
      ['django', 78, ['raw_throughput']],
      ['flask', 64, ['raw_throughput']],
      ['fastapi', 58, ['builtin_admin']],
    ],
  },
  {
    link: '/result?v=1&data=2027-02&kind=api&orm=any&perf=nice&docs=must&style=freedom&team=django',
    ranking: [
      ['fastapi', 76, []],
      ['flask', 67, []],
      ['django', 61, []],
    ],
  },
  {
    link: '/result?v=1&data=2027-02&kind=learn&admin=nice&perf=no&docs=must&style=any&team=flask',
    ranking: [
      ['flask', 83, []],
      ['fastapi', 63, []],
      ['django', 54, []],
    ],
  },
  {
    link: '/result?v=1&data=2027-02&admin=important&orm=sqlalchemy&perf=nice&codebase=fastapi',
    ranking: [
      ['fastapi', 87, []],
      ['flask', 53, []],
      ['django', 47, []],
    ],
  },
  {
    link: '/result?v=1&data=2027-02&kind=site&async=important&perf=important&docs=no&team=new',
    ranking: [
      ['flask', 76, []],
      ['fastapi', 73, []],
      ['django', 61, []],
    ],
  },
  {
    link: '/result?v=1&data=2027-02&orm=any&perf=must&docs=no&team=typed&codebase=none',
    ranking: [
      ['fastapi', 100, []],
      ['django', 50, ['raw_throughput']],
      ['flask', 33, ['raw_throughput']],
    ],
  },
  {
    link: '/result?v=1&data=2027-02&kind=site&orm=django&docs=no',
    ranking: [
      ['flask', 78, []],
      ['django', 78, []],
      ['fastapi', 44, []],
    ],
  },
  {
    link: '/result?v=1&data=2027-02&kind=micro&async=no&admin=no&orm=django&docs=nice&style=any',
    ranking: [
      ['fastapi', 81, []],
      ['flask', 57, []],
      ['django', 57, []],
    ],
  },
  {
    link: '/result?v=1&data=2027-02&async=must&perf=must&docs=important&style=any&team=flask',
    ranking: [
      ['fastapi', 82, []],
      ['django', 48, ['raw_throughput']],
      ['flask', 58, ['async_io', 'raw_throughput']],
    ],
  },
  {
    link: '/result?v=1&data=2027-02&admin=must&perf=must&docs=must&team=typed',
    ranking: [
      ['fastapi', 83, ['builtin_admin']],
      ['django', 67, ['raw_throughput']],
      ['flask', 50, ['raw_throughput']],
    ],
  },
  {
    link: '/result?v=1&data=2027-02&kind=realtime&async=important&admin=must&orm=any&perf=no&docs=nice&style=conventions&team=new',
    ranking: [
      ['django', 79, []],
      ['flask', 57, []],
      ['fastapi', 69, ['builtin_admin']],
    ],
  },
  {
    link: '/result?v=1&data=2027-02&kind=ml&admin=no&orm=django&docs=important&style=freedom&codebase=django',
    ranking: [
      ['django', 74, []],
      ['fastapi', 62, []],
      ['flask', 52, []],
    ],
  },
  {
    link: '/result?v=1&data=2027-02&async=no&style=any&codebase=fastapi',
    ranking: [
      ['fastapi', 100, []],
      ['flask', 33, []],
      ['django', 33, []],
    ],
  },
  {
    link: '/result?v=1&data=2027-02&kind=ml&admin=important&team=new',
    ranking: [
      ['flask', 75, []],
      ['fastapi', 71, []],
      ['django', 67, []],
    ],
  },
  {
    link: '/result?v=1&data=2027-02&kind=site&admin=no&perf=important&team=typed&codebase=none',
    ranking: [
      ['fastapi', 78, []],
      ['flask', 63, []],
      ['django', 59, []],
    ],
  },
  {
    link: '/result?v=1&data=2027-02&admin=must&orm=none&perf=nice&docs=must&team=django&codebase=fastapi',
    ranking: [
      ['django', 63, []],
      ['flask', 53, []],
      ['fastapi', 76, ['builtin_admin']],
    ],
  },
  {
    link: '/result?v=1&data=2027-02&kind=micro&async=nice&admin=no&perf=no&team=flask',
    ranking: [
      ['flask', 81, []],
      ['fastapi', 71, []],
      ['django', 38, []],
    ],
  },
  {
    link: '/result?v=1&data=2027-02&async=important&admin=no&docs=must&style=any&team=any',
    ranking: [
      ['fastapi', 100, []],
      ['django', 67, []],
      ['flask', 53, []],
    ],
  },
  {
    link: '/result?v=1&data=2027-02&kind=api&admin=nice&perf=must&style=any&codebase=none',
    ranking: [
      ['fastapi', 92, []],
      ['flask', 58, ['raw_throughput']],
      ['django', 50, ['raw_throughput']],
    ],
  },
  {
    link: '/result?v=1&data=2027-02&async=no&admin=important&team=flask&codebase=django',
    ranking: [
      ['django', 80, []],
      ['flask', 60, []],
      ['fastapi', 33, []],
    ],
  },
  {
    link: '/result?v=1&data=2027-02&async=must&admin=important&docs=must&team=django&codebase=flask',
    ranking: [
      ['django', 67, []],
      ['fastapi', 58, []],
      ['flask', 65, ['async_io']],
    ],
  },
  {
    link: '/result?v=1&data=2027-02&admin=important&orm=none&perf=important&style=any&team=typed&codebase=fastapi',
    ranking: [
      ['fastapi', 90, []],
      ['django', 50, []],
      ['flask', 48, []],
    ],
  },
  {
    link: '/result?v=1&data=2027-02&kind=ml&async=important&admin=nice&orm=any&perf=no&docs=nice&team=django&codebase=other',
    ranking: [
      ['django', 74, []],
      ['fastapi', 70, []],
      ['flask', 48, []],
    ],
  },
  {
    link: '/result?v=1&data=2027-02&perf=important&docs=important&team=django',
    ranking: [
      ['django', 71, []],
      ['fastapi', 71, []],
      ['flask', 43, []],
    ],
  },
  {
    link: '/result?v=1&data=2027-02&orm=sqlalchemy&docs=important&style=freedom',
    ranking: [
      ['fastapi', 89, []],
      ['flask', 89, []],
      ['django', 44, []],
    ],
  },
  {
    link: '/result?v=1&data=2027-02&kind=webapp&admin=important&perf=important&docs=important&style=freedom&team=flask&codebase=fastapi',
    ranking: [
      ['fastapi', 64, []],
      ['flask', 64, []],
      ['django', 62, []],
    ],
  },
  {
    link: '/result?v=1&data=2027-02&admin=no&orm=sqlalchemy',
    ranking: [
      ['flask', 100, []],
      ['fastapi', 100, []],
      ['django', 33, []],
    ],
  },
  {
    link: '/result?v=1&data=2027-02&orm=django&perf=nice&style=freedom&team=any&codebase=other',
    ranking: [
      ['flask', 60, []],
      ['fastapi', 60, []],
      ['django', 60, []],
    ],
  },
  {
    link: '/result?v=1&data=2027-02&kind=api&docs=no&style=conventions',
    ranking: [
      ['flask', 67, []],
      ['fastapi', 67, []],
      ['django', 67, []],
    ],
  },
  {
    link: '/result?v=1&data=2027-02&kind=site&async=no&admin=nice&orm=none&docs=nice&style=conventions&team=typed&codebase=none',
    ranking: [
      ['fastapi', 69, []],
      ['django', 69, []],
      ['flask', 69, []],
    ],
  },
  {
    link: '/result?v=1&data=2027-02&kind=site&style=freedom',
    ranking: [
      ['flask', 100, []],
      ['django', 56, []],
      ['fastapi', 56, []],
    ],
  },
  {
    link: '/result?v=1&data=2027-02&kind=site&admin=important&orm=any',
    ranking: [
      ['flask', 89, []],
      ['django', 78, []],
      ['fastapi', 44, []],
    ],
  },
  {
    link: '/result?v=1&data=2027-02&kind=api&perf=must&team=flask',
    ranking: [
      ['fastapi', 78, []],
      ['flask', 74, ['raw_throughput']],
      ['django', 37, ['raw_throughput']],
    ],
  },
];
