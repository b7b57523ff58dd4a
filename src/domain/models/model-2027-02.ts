import type { ScoringModel } from '../model-types';
import { CRITERIA_2027_02 } from './criteria-2027-02';
import { DECLARATION_2027_02 } from './declaration-2027-02';

/**
 * Scoring model 2027-02 (docs/scoring-model-2027-02.md), as released: the questions it asks, the
 * frameworks it ranks, its ratings, weights and rules. Frozen: a test pins its digest.
 */
export const MODEL_2027_02: ScoringModel = {
  ...DECLARATION_2027_02,
  criteria: CRITERIA_2027_02,
  choiceWeights: {
    kind: {
      webapp: {
        full_web_app: 2,
        server_rendered_html: 2,
        builtin_auth: 2,
        monolith: 1,
      },
      site: {
        small_web_app: 2,
        server_rendered_html: 2,
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
      dashboard: {
        small_web_app: 2,
        server_rendered_html: 1,
      },
      realtime: {
        websockets_realtime: 3,
        async_io: 1,
      },
    },
    codebase: {
      django: {
        codebase_django: 5,
      },
      flask: {
        codebase_flask: 5,
      },
      fastapi: {
        codebase_fastapi: 5,
      },
    },
    orm: {
      django: {
        django_orm_fit: 2,
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
        beginner_friendly: 3,
      },
      typed: {
        typed_validation: 3,
      },
      django: {
        django_experience: 3,
      },
      flask: {
        flask_experience: 3,
      },
    },
  },
  importanceCriteria: {
    async: ['async_io'],
    admin: ['builtin_admin'],
    perf: ['raw_throughput'],
    docs: ['auto_api_docs'],
  },
  importanceLevels: {
    no: 0,
    nice: 1,
    important: 2,
    must: 3,
  },
  mustHaveMinRating: 2,
  closeCallPoints: 5,
  bundle: {
    question: 'kind',
    meetsAnswers: 'replace',
    alsoReplaces: {
      docs: ['typed_validation'],
    },
  },
  tieBreak: {
    byAnswers: [
      {
        question: 'codebase',
        favours: {
          django: 'django',
          flask: 'flask',
          fastapi: 'fastapi',
        },
      },
      {
        question: 'team',
        favours: {
          django: 'django',
          flask: 'flask',
          typed: 'fastapi',
        },
      },
    ],
    byHeaviestDifference: true,
    order: ['flask', 'fastapi', 'django'],
    orderName: 'the smaller core first',
  },
};
