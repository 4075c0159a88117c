/**
 * Light or dark: the Office theme when the host gives one (data-theme on <html>), otherwise the
 * CSS follows prefers-color-scheme.
 */

/** Relative luminance (0 black .. 1 white) of "#rgb" or "#rrggbb"; null when it is not such a colour. */
export function luminance(color: string): number | null {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (!m) return null;
  const hex = m[1].length === 3 ? m[1].replace(/./g, (c) => c + c) : m[1];
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** "dark" / "light" for an Office body background colour; null when there is none or it cannot be read. */
export function themeFromBackground(color: string | null | undefined): "dark" | "light" | null {
  if (!color) return null;
  const l = luminance(color);
  if (l === null) return null;
  return l < 0.2 ? "dark" : "light";
}

interface OfficeThemeLike {
  bodyBackgroundColor?: string;
}

/** Reads Office.context.officeTheme where it exists (not outside Office, not in every host). */
export function officeBackground(): string | null {
  try {
    const theme = (Office.context as unknown as { officeTheme?: OfficeThemeLike } | undefined)?.officeTheme;
    return theme?.bodyBackgroundColor ?? null;
  } catch {
    return null;
  }
}

export function applyTheme(root: HTMLElement, background: string | null): void {
  const theme = themeFromBackground(background);
  if (theme) root.setAttribute("data-theme", theme);
  else root.removeAttribute("data-theme");
}
