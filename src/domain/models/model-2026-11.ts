import type { ScoringModel } from '../model-types';
import { CRITERIA_2026_11 } from './criteria-2026-11';
import { DECLARATION_2026_11 } from './declaration-2026-11';

/**
 * Scoring model 2026-11 (docs/scoring-model-2026-11.md), as released: the questions it asks, the
 * frameworks it ranks, its ratings, weights and rules. Frozen: a test pins its digest.
 */
export const MODEL_2026_11: ScoringModel = {
  ...DECLARATION_2026_11,
  criteria: CRITERIA_2026_11,
  choiceWeights: {
    kind: {
      webapp: {
        full_web_app: 2,
        server_rendered_html: 2,
        builtin_auth: 2,
        monolith: 1,
      },
      api: {
        small_api_service: 2,
        auto_api_docs: 1,
        typed_validation: 1,
      },
      micro: {
        microservices: 2,
        small_api_service: 1,
        raw_throughput: 1,
      },
      ml: {
        ml_model_serving: 2,
        async_io: 1,
        typed_validation: 1,
      },
      learn: {
        beginner_friendly: 2,
        minimal_core: 1,
      },
    },
    orm: {
      django: {
        orm_integrated: 2,
      },
      sqlalchemy: {
        sqlalchemy_fit: 2,
      },
      none: {
        no_relational_db: 2,
      },
    },
    style: {
      conventions: {
        conventions: 2,
      },
      freedom: {
        minimal_core: 2,
      },
    },
    team: {
      new: {
        beginner_friendly: 2,
      },
      typed: {
        typed_validation: 2,
      },
      django: {
        django_experience: 2,
      },
      flask: {
        flask_experience: 2,
      },
    },
  },
  importanceCriteria: {
    async: ['async_io'],
    admin: ['builtin_admin'],
    perf: ['raw_throughput'],
    docs: ['auto_api_docs', 'typed_validation'],
  },
  importanceLevels: {
    no: 0,
    nice: 1,
    important: 2,
    must: 3,
  },
  mustHaveMinRating: 2,
  closeCallPoints: 5,
  tieBreak: {
    order: ['django', 'fastapi', 'flask'],
  },
};
