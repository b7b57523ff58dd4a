import type { FrameworkId } from '../domain/frameworks';
import { frameworkPatternId } from './framework-key';

/**
 * A 0-100 bar drawn as SVG: attributes, not inline styles, so the CSP needs no `unsafe-inline`.
 * Decorative: the number beside it carries the meaning. Given a framework, the bar takes its
 * colour and pattern (ui/framework-key), as in the chart.
 */
export function ScoreBar({ value, framework }: { value: number; framework?: FrameworkId }) {
  const width = Math.max(0, Math.min(100, value));
  return (
    <svg
      className="score-bar"
      viewBox="0 0 100 6"
      preserveAspectRatio="none"
      aria-hidden="true"
      focusable="false"
    >
      <rect className="score-bar__track" x="0" y="0" width="100" height="6" rx="3" />
      <rect
        className="score-bar__fill"
        x="0"
        y="0"
        width={width}
        height="6"
        rx="3"
        fill={framework ? `url(#${frameworkPatternId(framework)})` : undefined}
      />
    </svg>
  );
}
