import { useEffect, useState } from 'react';
import { useRecoilValue } from 'recoil';
import { useTheme } from 'zmp-ui/esm/hooks/useTheme';
import { TEXT_SCALE, textSizeState, themeChoiceState } from '@/shared/settings';
import { useCurrentHeaderTone } from '@/shared/ui';
import { getHostTheme, setStatusBarText } from '@/shared/zalo/platform';

/**
 * Applies the text size and theme the resident chose, across the whole app; inside Zalo, also
 * the colour of the status bar's clock and icons, which float over each page's header: white on
 * the green home header and in the dark theme, black on light headers (app-config.json starts
 * with black, as most pages are light). It waits for the theme and the page to be known rather
 * than flash a guess.
 */
export function ApplySettings() {
  const size = useRecoilValue(textSizeState);
  const choice = useRecoilValue(themeChoiceState);
  const [, setTheme] = useTheme();
  const [mode, setMode] = useState<'light' | 'dark' | null>(null);
  const tone = useCurrentHeaderTone();

  useEffect(() => {
    document.documentElement.style.setProperty('--lc-text-scale', String(TEXT_SCALE[size]));
  }, [size]);

  useEffect(() => {
    let cancelled = false;
    const apply = async () => {
      const next = choice === 'zalo' ? await getHostTheme() : choice;
      if (cancelled) return;
      setTheme({ mode: next });
      setMode(next);
    };
    void apply();
    const media = window.matchMedia?.('(prefers-color-scheme: dark)');
    media?.addEventListener?.('change', apply);
    return () => {
      cancelled = true;
      media?.removeEventListener?.('change', apply);
    };
  }, [choice, setTheme]);

  useEffect(() => {
    if (mode && tone) void setStatusBarText(tone === 'brand' || mode === 'dark' ? 'white' : 'black');
  }, [mode, tone]);
  return null;
}
