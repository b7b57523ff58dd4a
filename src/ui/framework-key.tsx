import { FRAMEWORK_IDS, type FrameworkId } from '../domain/frameworks';

/** The id of a framework's fill pattern; one set of patterns serves the whole page. */
export function frameworkPatternId(id: FrameworkId): string {
  return `framework-pattern-${id}`;
}

/**
 * One colour and one pattern per framework, the same in the ranking's score bars, the chart and
 * the comparison's column heads: Django solid, FastAPI hatched, Flask dotted, so they also read
 * in black and white. Colours come from CSS classes (no inline styles: CSP). Render once per page.
 */
export function FrameworkPatterns() {
  return (
    <svg className="framework-patterns" aria-hidden="true" focusable="false" width="0" height="0">
      <defs>
        {FRAMEWORK_IDS.map((id) => (
          <pattern
            key={id}
            id={frameworkPatternId(id)}
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform={id === 'fastapi' ? 'rotate(45)' : undefined}
          >
            <rect className={`framework-fill framework-fill--${id}`} width="6" height="6" />
            {id === 'fastapi' && <rect className="framework-mark" width="2.2" height="6" />}
            {id === 'flask' && <circle className="framework-mark" cx="3" cy="3" r="1.5" />}
          </pattern>
        ))}
      </defs>
    </svg>
  );
}

/** A small square in a framework's colour and pattern, beside its name. Decorative. */
export function FrameworkSwatch({ id }: { id: FrameworkId }) {
  return (
    <svg className="framework-swatch" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
      <rect
        className="framework-swatch__box"
        x="0.5"
        y="0.5"
        width="11"
        height="11"
        rx="2"
        fill={`url(#${frameworkPatternId(id)})`}
      />
    </svg>
  );
}
