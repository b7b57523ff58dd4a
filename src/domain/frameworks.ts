/** The three frameworks, in the fixed order that breaks ties (docs/scoring-model-2026-11.md section 5). */
export const FRAMEWORK_IDS = ['django', 'fastapi', 'flask'] as const;

export type FrameworkId = (typeof FRAMEWORK_IDS)[number];

export const FRAMEWORK_NAMES = {
  django: 'Django',
  fastapi: 'FastAPI',
  flask: 'Flask',
} as const satisfies Record<FrameworkId, string>;
