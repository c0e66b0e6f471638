declare module 'zmp-ui/esm/components/router/ZMPRouter' {
  import type { Context } from 'react';
  export const AnimationRouterContext: Context<unknown>;
}

/** zmp-ui's own useTheme/index.d.ts declares a default export; the module has only this named one. */
declare module 'zmp-ui/esm/hooks/useTheme' {
  export function useTheme(): [string | undefined, ({ mode }: { mode: 'light' | 'dark' }) => void];
}
