declare module 'zmp-ui/esm/components/router/ZMPRouter' {
  import type { Context } from 'react';
  export const AnimationRouterContext: Context<unknown>;
}
