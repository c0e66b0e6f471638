import './ui.css';

export { Icon, type IconName, type IconProps } from './icons';
export { PageShell, useGoBack, type PageShellProps } from './PageShell';
export { PullToRefresh } from './PullToRefresh';
export { Skeleton, SkeletonList, EmptyState, ErrorState } from './states';
export { AsyncBoundary, WidgetBoundary } from './AsyncBoundary';
export { Chips, type ChipOption } from './Chips';
export { Section } from './Section';
export { useCurrentHeaderTone, type HeaderTone } from './headerTone';
export { isChunkLoadError, reloadForFreshCode } from './chunkErrors';
