import { useEffect } from 'react';
import { useRecoilValue } from 'recoil';
import { useTheme } from 'zmp-ui/esm/hooks/useTheme';
import { TEXT_SCALE, textSizeState, themeChoiceState } from '@/shared/settings';
import { getHostTheme } from '@/shared/zalo/platform';

/** Applies the text size and theme the resident chose, across the whole app. */
export function ApplySettings() {
  const size = useRecoilValue(textSizeState);
  const choice = useRecoilValue(themeChoiceState);
  const [, setTheme] = useTheme();

  useEffect(() => {
    document.documentElement.style.setProperty('--lc-text-scale', String(TEXT_SCALE[size]));
  }, [size]);

  useEffect(() => {
    let cancelled = false;
    const apply = async () => {
      const mode = choice === 'zalo' ? await getHostTheme() : choice;
      if (!cancelled) setTheme({ mode });
    };
    void apply();
    const media = window.matchMedia?.('(prefers-color-scheme: dark)');
    media?.addEventListener?.('change', apply);
    return () => {
      cancelled = true;
      media?.removeEventListener?.('change', apply);
    };
  }, [choice, setTheme]);
  return null;
}
