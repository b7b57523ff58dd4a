import type { ModelDeclaration } from '../model-types';

/**
 * What scoring model 2026-11 asks and ranks, as released: light enough for the pages that read
 * links and presets without loading any rating. The model itself (model-2026-11.ts) spreads it.
 */
export const DECLARATION_2026_11: ModelDeclaration = {
  id: '2026-11',
  released: '2026-11-28',
  frameworks: ['django', 'fastapi', 'flask'],
  questions: [
    {
      id: 'kind',
      type: 'choice',
      values: ['webapp', 'api', 'micro', 'ml', 'learn'],
    },
    {
      id: 'async',
      type: 'importance',
      values: ['no', 'nice', 'important', 'must'],
    },
    {
      id: 'admin',
      type: 'importance',
      values: ['no', 'nice', 'important', 'must'],
    },
    {
      id: 'orm',
      type: 'choice',
      values: ['django', 'sqlalchemy', 'none', 'any'],
    },
    {
      id: 'perf',
      type: 'importance',
      values: ['no', 'nice', 'important', 'must'],
    },
    {
      id: 'docs',
      type: 'importance',
      values: ['no', 'nice', 'important', 'must'],
    },
    {
      id: 'style',
      type: 'choice',
      values: ['conventions', 'freedom', 'any'],
    },
    {
      id: 'team',
      type: 'choice',
      values: ['new', 'typed', 'django', 'flask', 'any'],
    },
  ],
};
