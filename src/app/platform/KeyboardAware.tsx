import { useEffect } from 'react';

const isField = (el: EventTarget | null): el is HTMLElement =>
  el instanceof HTMLElement && (el.tagName === 'TEXTAREA' || (el.tagName === 'INPUT' && !['checkbox', 'radio', 'button', 'submit', 'file'].includes((el as HTMLInputElement).type)) || el.isContentEditable);

/**
 * While the resident types, the bottom bar steps aside and the field is kept in view above the
 * on-screen keyboard (the visual viewport shrinks when it opens).
 */
export function KeyboardAware() {
  useEffect(() => {
    const keepInView = () => {
      const el = document.activeElement;
      if (isField(el)) el.scrollIntoView({ block: 'center', behavior: 'smooth' });
    };
    const onFocusIn = (e: FocusEvent) => {
      if (!isField(e.target)) return;
      document.body.classList.add('lc-typing');
      window.setTimeout(keepInView, 300);
    };
    const onFocusOut = () => {
      window.setTimeout(() => {
        if (!isField(document.activeElement)) document.body.classList.remove('lc-typing');
      }, 50);
    };
    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('focusout', onFocusOut);
    window.visualViewport?.addEventListener('resize', keepInView);
    return () => {
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('focusout', onFocusOut);
      window.visualViewport?.removeEventListener('resize', keepInView);
    };
  }, []);
  return null;
}
