import { Component, type ReactNode } from 'react';
import { ApiError } from '@/shared/api';

/**
 * A 404 is not a failure to retry: the item is simply not there, so show `missing`. Any other
 * error goes on to the AsyncBoundary above (with its "Thử lại").
 */
export class MissingBoundary extends Component<{ missing: ReactNode; children: ReactNode }, { error: unknown }> {
  state = { error: null as unknown };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  render() {
    const { error } = this.state;
    if (error instanceof ApiError && error.status === 404) return this.props.missing;
    if (error) throw error;
    return this.props.children;
  }
}
