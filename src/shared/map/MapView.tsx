import { lazy, useMemo, useState } from 'react';
import { AsyncBoundary, Skeleton } from '@/shared/ui';
import type { MapViewProps } from './types';

const loadMap = () => import('./LeafletMap');

/**
 * A map, loaded when it is first shown: Leaflet and the map's code never weigh on a page that
 * shows no map. While it loads, a placeholder of its size; if its code cannot be fetched
 * (offline), an error with "Thử lại" that fetches it again.
 */
export function MapView(props: MapViewProps) {
  const [attempt, setAttempt] = useState(0);
  // A new lazy component for each attempt: React keeps a failed one failed.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `attempt` is the reason to make it again
  const LeafletMap = useMemo(() => lazy(loadMap), [attempt]);
  return (
    <AsyncBoundary
      fallback={
        <div role="status" aria-label="Đang tải bản đồ">
          <Skeleton height={props.height ?? '60vh'} radius={14} style={{ display: 'block' }} />
        </div>
      }
      onRetry={() => setAttempt((n) => n + 1)}
    >
      <LeafletMap {...props} />
    </AsyncBoundary>
  );
}
