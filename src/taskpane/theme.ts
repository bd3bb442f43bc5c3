import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

/** The colours Office reports in Office.context.officeTheme (all "#rrggbb"). */
export interface OfficeThemeColors {
  bodyBackgroundColor?: string;
  bodyForegroundColor?: string;
  controlBackgroundColor?: string;
  controlForegroundColor?: string;
}

const HEX = /^#?([0-9a-f]{6})$/i;

function luminance(hex: string): number | null {
  const m = HEX.exec(hex.trim());
  if (!m) return null;
  const n = parseInt(m[1], 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

function normalize(hex: string | undefined): string | undefined {
  const m = hex ? HEX.exec(hex.trim()) : null;
  return m ? `#${m[1]}` : undefined;
}

/**
 * A Fluent theme that follows Office's colours: dark or light by the body background, with Office's body and
 * control colours laid over it. Without colours (playground, older hosts) it is webLightTheme.
 */
export function themeFromOffice(colors: OfficeThemeColors | undefined): Theme {
  const body = normalize(colors?.bodyBackgroundColor);
  if (!colors || !body) return webLightTheme;
  const base = (luminance(body) ?? 1) < 0.45 ? webDarkTheme : webLightTheme;
  const overrides: Partial<Theme> = { colorNeutralBackground1: body };
  const text = normalize(colors.bodyForegroundColor);
  if (text) overrides.colorNeutralForeground1 = text;
  const control = normalize(colors.controlBackgroundColor);
  if (control) overrides.colorNeutralBackground3 = control;
  return { ...base, ...overrides };
}
