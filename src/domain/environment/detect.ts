/**
 * Which browser and OS the person is using, so the wizard can warn early that the service works
 * only with Microsoft Edge (Chromium版) on Windows (the guide: Microsoft Edge (レガシー版)・Firefox・
 * Google Chrome等 cannot be used). Pure: the caller passes navigator.userAgent and
 * navigator.userAgentData (Chromium only).
 */

export interface UaBrand {
  readonly brand: string;
  readonly version: string;
}

export interface UaData {
  readonly brands?: readonly UaBrand[];
  readonly platform?: string;
  /** From getHighEntropyValues(['platformVersion']); the only way to tell Windows 11 from 10. */
  readonly platformVersion?: string;
}

export interface EnvironmentInput {
  readonly userAgent: string;
  readonly uaData?: UaData;
}

export type Browser = 'edge' | 'chrome' | 'firefox' | 'safari' | 'legacy-edge' | 'ie' | 'other';
export type Os = 'windows' | 'mac' | 'other';

export interface Environment {
  readonly browser: Browser;
  readonly os: Os;
  /** Only known from uaData.platformVersion: the UA string says 「Windows NT 10.0」 for both. */
  readonly windowsVersion?: '10' | '11' | undefined;
  /** Microsoft Edge (Chromium) on Windows, the only combination the guide supports. */
  readonly canUseService: boolean;
}

export function detectEnvironment({ userAgent, uaData }: EnvironmentInput): Environment {
  const browser = detectBrowser(userAgent, uaData?.brands);
  const os = detectOs(userAgent, uaData?.platform);
  const windowsVersion = os === 'windows' ? windowsFrom(uaData?.platformVersion) : undefined;
  return { browser, os, windowsVersion, canUseService: browser === 'edge' && os === 'windows' };
}

function detectBrowser(ua: string, brands: readonly UaBrand[] | undefined): Browser {
  // Structured brands, where the browser gives them, are safer than parsing the UA string.
  const names = new Set((brands ?? []).map((b) => b.brand));
  if (names.has('Microsoft Edge')) return 'edge';
  if (names.has('Opera') || names.has('Opera GX')) return 'other';
  if (names.has('Google Chrome')) return 'chrome';

  // Order matters: every Chromium UA also says Chrome/ and Safari/, legacy Edge says Chrome/ too.
  if (/Trident\/|MSIE /.test(ua)) return 'ie';
  if (/\bEdge\/\d/.test(ua)) return 'legacy-edge';
  if (/\bEdg(A|iOS)?\/\d/.test(ua)) return 'edge';
  if (/\b(OPR|SamsungBrowser|YaBrowser|UCBrowser)\//.test(ua)) return 'other';
  if (/\b(Firefox|FxiOS)\/\d/.test(ua)) return 'firefox';
  if (/\b(Chrome|CriOS)\/\d/.test(ua)) return 'chrome';
  if (/\bVersion\/[\d.]+.*\bSafari\//.test(ua)) return 'safari';
  return 'other';
}

function detectOs(ua: string, platform: string | undefined): Os {
  if (platform === 'Windows') return 'windows';
  if (platform === 'macOS') return 'mac';
  if (platform !== undefined && platform !== '') return 'other';
  // iPhone and iPad UAs also say 「like Mac OS X」.
  if (/iPhone|iPad|iPod|Android/.test(ua)) return 'other';
  if (/Windows/.test(ua)) return 'windows';
  if (/Macintosh|Mac OS X/.test(ua)) return 'mac';
  return 'other';
}

/** Chromium reports 13.0.0 and later for Windows 11, 1–10 for Windows 10, 0 for older ones. */
function windowsFrom(platformVersion: string | undefined): '10' | '11' | undefined {
  if (platformVersion === undefined) return undefined;
  const major = Number.parseInt(platformVersion.split('.')[0] ?? '', 10);
  if (!Number.isFinite(major)) return undefined;
  if (major >= 13) return '11';
  if (major >= 1 && major <= 10) return '10';
  return undefined;
}
