import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { absoluteUrl, paths } from '../paths';
import { useChrome } from './chrome';
import { ExternalLink } from './external-link';

/**
 * A link to /performance, the measurements in full. That page has no compact version, so inside
 * an embed the link opens the full site in a new tab, as links that leave the wizard do
 * (contracts.md section 4).
 */
export function PerformanceLink({ children }: { children: ReactNode }) {
  const chrome = useChrome();
  const href = paths.performance.getHref();
  return chrome === 'embed' ? (
    <ExternalLink href={absoluteUrl(href)}>{children}</ExternalLink>
  ) : (
    <Link to={href}>{children}</Link>
  );
}
