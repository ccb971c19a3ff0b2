import type { Theme } from '../../../shared/domain/settings';

/** 'system' leaves the choice to `prefers-color-scheme`; 'light' and 'dark' pin it with `data-theme` on <html>. */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  if (theme === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', theme);
}
