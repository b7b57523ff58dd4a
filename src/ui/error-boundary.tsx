import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What to show instead of the part that failed. */
  fallback: ReactNode;
  children: ReactNode;
}

/** Keeps a render error in one part of a page from blanking the whole page. */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('A part of the page failed to render', error, info.componentStack);
  }

  render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
