/**
 * Frozen share links of model 2027-01 and the ranking each must show, forever: generated once with
 * the engine as it was when the model was released (every question and answer value at least once,
 * and ties of every kind the model breaks), before the report and link layers were rebuilt on it.
 * This file never changes. Each entry: [framework, shown score, failed must-have criteria], best first.
 */
import type { FrozenLink } from './frozen-links';

export const FROZEN_LINKS_2027_01: readonly FrozenLink[] = [
  {
    link: '/result?v=1&data=2027-01&kind=webapp&orm=django&style=any&team=typed',
    ranking: [
      ['django', 92, []],
      ['fastapi', 53, []],
      ['flask', 53, []],
    ],
  },
  {
    link: '/result?v=1&data=2027-01&kind=api&async=must&admin=important&orm=django&docs=no',
    ranking: [
      ['django', 74, []],
      ['fastapi', 70, []],
      ['flask', 56, ['async_io']],
    ],
  },
  {
    link: '/result?v=1&data=2027-01&kind=micro&async=must&admin=must&orm=none&perf=no&style=any',
    ranking: [
      ['django', 61, []],
      ['fastapi', 82, ['builtin_admin']],
      ['flask', 67, ['async_io']],
    ],
  },
  {
    link: '/result?v=1&data=2027-01&kind=ml&admin=no&codebase=other',
    ranking: [
      ['fastapi', 100, []],
      ['flask', 50, []],
      ['django', 50, []],
    ],
  },
  {
    link: '/result?v=1&data=2027-01&kind=learn&async=no&docs=no&style=any&codebase=other',
    ranking: [
      ['flask', 100, []],
      ['fastapi', 67, []],
      ['django', 56, []],
    ],
  },
  {
    link: '/result?v=1&data=2027-01&kind=dashboard&async=nice&admin=no&orm=none&docs=nice&style=conventions',
    ranking: [
      ['flask', 74, []],
      ['fastapi', 70, []],
      ['django', 63, []],
    ],
  },
  {
    link: '/result?v=1&data=2027-01&kind=realtime&admin=no&orm=none&docs=important&style=freedom',
    ranking: [
      ['fastapi', 93, []],
      ['flask', 67, []],
      ['django', 53, []],
    ],
  },
  {
    link: '/result?v=1&data=2027-01&async=no&admin=nice&perf=important&docs=must&team=typed&codebase=other',
    ranking: [
      ['fastapi', 93, []],
      ['django', 63, []],
      ['flask', 56, []],
    ],
  },
  {
    link: '/result?v=1&data=2027-01&kind=micro&async=nice&orm=none&perf=important&docs=nice&style=conventions&team=flask',
    ranking: [
      ['fastapi', 76, []],
      ['flask', 74, []],
      ['django', 48, []],
    ],
  },
  {
    link: '/result?v=1&data=2027-01&kind=api&async=important&orm=any&style=conventions&codebase=fastapi',
    ranking: [
      ['fastapi', 90, []],
      ['django', 54, []],
      ['flask', 46, []],
    ],
  },
  {
    link: '/result?v=1&data=2027-01&kind=micro&async=must&orm=sqlalchemy&perf=nice&team=typed&codebase=django',
    ranking: [
      ['fastapi', 80, []],
      ['django', 65, []],
      ['flask', 51, ['async_io']],
    ],
  },
  {
    link: '/result?v=1&data=2027-01&async=important&admin=no&orm=any&perf=important&style=any&codebase=fastapi',
    ranking: [
      ['fastapi', 100, []],
      ['django', 41, []],
      ['flask', 41, []],
    ],
  },
  {
    link: '/result?v=1&data=2027-01&kind=webapp&admin=nice&style=any&team=new&codebase=fastapi',
    ranking: [
      ['django', 73, []],
      ['fastapi', 63, []],
      ['flask', 63, []],
    ],
  },
  {
    link: '/result?v=1&data=2027-01&async=nice&admin=important&orm=django&docs=must&style=conventions&codebase=django',
    ranking: [
      ['django', 91, []],
      ['fastapi', 51, []],
      ['flask', 44, []],
    ],
  },
  {
    link: '/result?v=1&data=2027-01&async=no&admin=must&orm=none&docs=must&style=freedom',
    ranking: [
      ['flask', 80, []],
      ['django', 63, []],
      ['fastapi', 73, ['builtin_admin']],
    ],
  },
  {
    link: '/result?v=1&data=2027-01&kind=webapp&admin=important&orm=django&docs=no',
    ranking: [
      ['django', 100, []],
      ['flask', 61, []],
      ['fastapi', 36, []],
    ],
  },
  {
    link: '/result?v=1&data=2027-01&async=must&admin=no&orm=sqlalchemy&perf=no&style=any&codebase=flask',
    ranking: [
      ['fastapi', 67, []],
      ['django', 43, []],
      ['flask', 80, ['async_io']],
    ],
  },
  {
    link: '/result?v=1&data=2027-01&admin=nice&orm=none&docs=must&style=any&team=flask&codebase=fastapi',
    ranking: [
      ['fastapi', 81, []],
      ['flask', 67, []],
      ['django', 45, []],
    ],
  },
  {
    link: '/result?v=1&data=2027-01&async=must&orm=any&style=conventions&team=new&codebase=django',
    ranking: [
      ['django', 85, []],
      ['fastapi', 56, []],
      ['flask', 49, ['async_io']],
    ],
  },
  {
    link: '/result?v=1&data=2027-01&kind=dashboard&perf=no&docs=no&style=freedom',
    ranking: [
      ['flask', 100, []],
      ['fastapi', 60, []],
      ['django', 47, []],
    ],
  },
  {
    link: '/result?v=1&data=2027-01&orm=sqlalchemy&perf=nice&docs=important&style=any&team=new&codebase=other',
    ranking: [
      ['flask', 88, []],
      ['fastapi', 88, []],
      ['django', 54, []],
    ],
  },
  {
    link: '/result?v=1&data=2027-01&kind=ml&async=no&admin=important&orm=sqlalchemy&perf=important&docs=must&style=any&codebase=flask',
    ranking: [
      ['flask', 81, []],
      ['fastapi', 71, []],
      ['django', 48, []],
    ],
  },
  {
    link: '/result?v=1&data=2027-01&kind=dashboard&admin=must&orm=sqlalchemy&perf=must&docs=nice&style=freedom&team=django',
    ranking: [
      ['flask', 75, []],
      ['fastapi', 65, ['builtin_admin']],
      ['django', 63, ['raw_throughput']],
    ],
  },
  {
    link: '/result?v=1&data=2027-01&perf=must&docs=no&style=freedom&team=typed&codebase=flask',
    ranking: [
      ['flask', 77, []],
      ['fastapi', 69, []],
      ['django', 41, ['raw_throughput']],
    ],
  },
  {
    link: '/result?v=1&data=2027-01&admin=must&docs=nice&team=django&codebase=other',
    ranking: [
      ['django', 95, []],
      ['flask', 52, []],
      ['fastapi', 43, ['builtin_admin']],
    ],
  },
  {
    link: '/result?v=1&data=2027-01&kind=realtime&async=no&admin=nice&orm=django&docs=important&style=conventions&team=new',
    ranking: [
      ['django', 79, []],
      ['fastapi', 67, []],
      ['flask', 56, []],
    ],
  },
  {
    link: '/result?v=1&data=2027-01&perf=nice&docs=must&codebase=fastapi',
    ranking: [
      ['fastapi', 100, []],
      ['flask', 48, []],
      ['django', 44, []],
    ],
  },
  {
    link: '/result?v=1&data=2027-01&kind=dashboard&admin=must&perf=no&style=conventions',
    ranking: [
      ['django', 83, []],
      ['flask', 71, []],
      ['fastapi', 42, ['builtin_admin']],
    ],
  },
  {
    link: '/result?v=1&data=2027-01&admin=nice&docs=must&style=freedom&team=django&codebase=django',
    ranking: [
      ['django', 83, []],
      ['fastapi', 52, []],
      ['flask', 52, []],
    ],
  },
  {
    link: '/result?v=1&data=2027-01&kind=micro&async=nice&orm=django&perf=no&style=any&codebase=none',
    ranking: [
      ['fastapi', 78, []],
      ['django', 61, []],
      ['flask', 56, []],
    ],
  },
  {
    link: '/result?v=1&data=2027-01&orm=django&docs=must&team=new&codebase=django',
    ranking: [
      ['django', 85, []],
      ['fastapi', 56, []],
      ['flask', 56, []],
    ],
  },
  {
    link: '/result?v=1&data=2027-01&kind=dashboard&async=nice&orm=django&perf=must&style=conventions&team=typed',
    ranking: [
      ['fastapi', 71, []],
      ['flask', 55, []],
      ['django', 67, ['raw_throughput']],
    ],
  },
  {
    link: '/result?v=1&data=2027-01&async=nice&perf=important&style=conventions&team=django&codebase=other',
    ranking: [
      ['django', 79, []],
      ['fastapi', 58, []],
      ['flask', 42, []],
    ],
  },
  {
    link: '/result?v=1&data=2027-01&async=nice&admin=must&orm=any&docs=nice&style=any&team=flask',
    ranking: [
      ['flask', 75, []],
      ['django', 67, []],
      ['fastapi', 50, ['builtin_admin']],
    ],
  },
  {
    link: '/result?v=1&data=2027-01&async=no&admin=must&docs=no&team=any&codebase=none',
    ranking: [
      ['django', 100, []],
      ['flask', 67, []],
      ['fastapi', 33, ['builtin_admin']],
    ],
  },
  {
    link: '/result?v=1&data=2027-01&async=nice&admin=no&orm=any&perf=no&docs=nice&codebase=none',
    ranking: [
      ['fastapi', 100, []],
      ['django', 67, []],
      ['flask', 50, []],
    ],
  },
  {
    link: '/result?v=1&data=2027-01&async=no&orm=none&codebase=django',
    ranking: [
      ['django', 81, []],
      ['flask', 52, []],
      ['fastapi', 52, []],
    ],
  },
  {
    link: '/result?v=1&data=2027-01&kind=micro&async=important&orm=none&perf=important&docs=must&team=new&codebase=flask',
    ranking: [
      ['flask', 82, []],
      ['fastapi', 78, []],
      ['django', 47, []],
    ],
  },
  {
    link: '/result?v=1&data=2027-01&kind=dashboard&orm=sqlalchemy&perf=nice&docs=must&style=conventions&team=django&codebase=fastapi',
    ranking: [
      ['fastapi', 75, []],
      ['django', 60, []],
      ['flask', 58, []],
    ],
  },
  {
    link: '/result?v=1&data=2027-01&kind=api&admin=no&perf=nice&codebase=other',
    ranking: [
      ['fastapi', 100, []],
      ['flask', 73, []],
      ['django', 47, []],
    ],
  },
  {
    link: '/result?v=1&data=2027-01&async=no&orm=sqlalchemy&style=conventions',
    ranking: [
      ['django', 67, []],
      ['flask', 67, []],
      ['fastapi', 67, []],
    ],
  },
  {
    link: '/result?v=1&data=2027-01&kind=dashboard&async=nice&docs=important',
    ranking: [
      ['fastapi', 78, []],
      ['flask', 78, []],
      ['django', 61, []],
    ],
  },
  {
    link: '/result?v=1&data=2027-01&admin=important&orm=sqlalchemy&perf=nice&docs=nice&style=any&team=any',
    ranking: [
      ['flask', 78, []],
      ['fastapi', 78, []],
      ['django', 61, []],
    ],
  },
  {
    link: '/result?v=1&data=2027-01&orm=none&team=any',
    ranking: [
      ['flask', 100, []],
      ['fastapi', 100, []],
      ['django', 33, []],
    ],
  },
  {
    link: '/result?v=1&data=2027-01&admin=nice&orm=any&perf=nice&docs=no',
    ranking: [
      ['django', 67, []],
      ['flask', 67, []],
      ['fastapi', 67, []],
    ],
  },
  {
    link: '/result?v=1&data=2027-01&kind=realtime&admin=nice&orm=none&team=django&codebase=none',
    ranking: [
      ['django', 73, []],
      ['fastapi', 73, []],
      ['flask', 50, []],
    ],
  },
  {
    link: '/result?v=1&data=2027-01&async=important&perf=important&style=any&team=django',
    ranking: [
      ['django', 71, []],
      ['fastapi', 71, []],
      ['flask', 43, []],
    ],
  },
  {
    link: '/result?v=1&data=2027-01&kind=ml&async=nice&admin=no&style=any&team=typed&codebase=flask',
    ranking: [
      ['flask', 70, []],
      ['fastapi', 70, []],
      ['django', 45, []],
    ],
  },
  {
    link: '/result?v=1&data=2027-01&orm=none&codebase=none',
    ranking: [
      ['flask', 100, []],
      ['fastapi', 100, []],
      ['django', 33, []],
    ],
  },
  {
    link: '/result?v=1&data=2027-01&kind=webapp&perf=nice&docs=nice&style=conventions&codebase=flask',
    ranking: [
      ['flask', 73, []],
      ['django', 73, []],
      ['fastapi', 44, []],
    ],
  },
  {
    link: '/result?v=1&data=2027-01&kind=api&async=no&orm=django&docs=no&style=any',
    ranking: [
      ['flask', 67, []],
      ['fastapi', 67, []],
      ['django', 67, []],
    ],
  },
  {
    link: '/result?v=1&data=2027-01&kind=api&orm=django&docs=no',
    ranking: [
      ['flask', 67, []],
      ['fastapi', 67, []],
      ['django', 67, []],
    ],
  },
  {
    link: '/result?v=1&data=2027-01&orm=sqlalchemy',
    ranking: [
      ['flask', 100, []],
      ['fastapi', 100, []],
      ['django', 33, []],
    ],
  },
  {
    link: '/result?v=1&data=2027-01&codebase=django&team=flask',
    ranking: [
      ['django', 75, []],
      ['flask', 58, []],
      ['fastapi', 33, []],
    ],
  },
  {
    link: '/result?v=1&data=2027-01&team=typed&orm=none',
    ranking: [
      ['fastapi', 100, []],
      ['flask', 60, []],
      ['django', 53, []],
    ],
  },
  {
    link: '/result?v=1&data=2027-01&kind=api&team=flask&codebase=other',
    ranking: [
      ['flask', 94, []],
      ['fastapi', 67, []],
      ['django', 39, []],
    ],
  },
  {
    link: '/result?v=1&data=2027-01&style=any',
    ranking: [
      ['django', 77, []],
      ['fastapi', 70, []],
      ['flask', 64, []],
    ],
  },
];
