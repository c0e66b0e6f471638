import { Skeleton, SkeletonList } from '@/shared/ui';

/** Shown while a page's code or first data arrives. */
export function PageSkeleton() {
  return (
    <div className="lc-page">
      <div className="lc-header" aria-hidden="true">
        <Skeleton width={140} height={20} style={{ marginLeft: 12 }} />
      </div>
      <div className="lc-page-body">
        <SkeletonList count={5} />
      </div>
    </div>
  );
}
