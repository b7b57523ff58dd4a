import type { ModelDeclaration } from '../model-types';

/**
 * What scoring model 2027-02 asks and ranks, as released: light enough for the pages that read
 * links and presets without loading any rating. The model itself (model-2027-02.ts) spreads it.
 */
export const DECLARATION_2027_02: ModelDeclaration = {
  id: '2027-02',
  released: '2026-12-07',
  frameworks: ['django', 'fastapi', 'flask'],
  questions: [
    {
      id: 'kind',
      type: 'choice',
      values: ['webapp', 'site', 'api', 'micro', 'ml', 'learn', 'dashboard', 'realtime'],
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
    {
      id: 'codebase',
      type: 'choice',
      values: ['none', 'django', 'flask', 'fastapi', 'other'],
    },
  ],
};
