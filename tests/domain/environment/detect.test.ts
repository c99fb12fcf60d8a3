import { describe, expect, test } from 'vitest';
import { detectEnvironment, type Environment } from '../../../src/domain/environment/detect';

const UA = {
  edgeWindows:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0',
  chromeWindows:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
  firefoxWindows:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:121.0) Gecko/20100101 Firefox/121.0',
  safariMac:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15',
  legacyEdge:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.17763',
  ie11: 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko',
  edgeMac:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0',
  safariIphone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1',
  operaWindows:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 OPR/106.0.0.0',
};

describe('from the UA string alone', () => {
  test.each<[keyof typeof UA, Environment]>([
    [
      'edgeWindows',
      { browser: 'edge', os: 'windows', windowsVersion: undefined, canUseService: true },
    ],
    [
      'chromeWindows',
      { browser: 'chrome', os: 'windows', windowsVersion: undefined, canUseService: false },
    ],
    [
      'firefoxWindows',
      { browser: 'firefox', os: 'windows', windowsVersion: undefined, canUseService: false },
    ],
    [
      'safariMac',
      { browser: 'safari', os: 'mac', windowsVersion: undefined, canUseService: false },
    ],
    [
      'legacyEdge',
      { browser: 'legacy-edge', os: 'windows', windowsVersion: undefined, canUseService: false },
    ],
    ['ie11', { browser: 'ie', os: 'windows', windowsVersion: undefined, canUseService: false }],
    ['edgeMac', { browser: 'edge', os: 'mac', windowsVersion: undefined, canUseService: false }],
    [
      'safariIphone',
      { browser: 'safari', os: 'other', windowsVersion: undefined, canUseService: false },
    ],
    [
      'operaWindows',
      { browser: 'other', os: 'windows', windowsVersion: undefined, canUseService: false },
    ],
  ])('%s', (name, expected) => {
    expect(detectEnvironment({ userAgent: UA[name] })).toEqual(expected);
  });
});

describe('with navigator.userAgentData', () => {
  const edgeBrands = [
    { brand: 'Not_A Brand', version: '8' },
    { brand: 'Chromium', version: '120' },
    { brand: 'Microsoft Edge', version: '120' },
  ];

  test.each<[string, '10' | '11' | undefined]>([
    ['15.0.0', '11'],
    ['13.0.0', '11'],
    ['10.0.0', '10'],
    ['1.0.0', '10'],
    ['0.3.0', undefined], // Windows 8.1 and older
    ['', undefined],
  ])('platformVersion %j → Windows %s', (platformVersion, expected) => {
    const env = detectEnvironment({
      userAgent: UA.edgeWindows,
      uaData: { brands: edgeBrands, platform: 'Windows', platformVersion },
    });
    expect(env.windowsVersion).toBe(expected);
    expect(env.canUseService).toBe(true);
  });

  test('brands name the browser even if the UA string does not', () => {
    const env = detectEnvironment({
      userAgent: UA.chromeWindows,
      uaData: { brands: edgeBrands, platform: 'Windows' },
    });
    expect(env.browser).toBe('edge');
  });

  test('Chrome on Windows 11 is still not usable', () => {
    const env = detectEnvironment({
      userAgent: UA.chromeWindows,
      uaData: {
        brands: [
          { brand: 'Google Chrome', version: '120' },
          { brand: 'Chromium', version: '120' },
        ],
        platform: 'Windows',
        platformVersion: '15.0.0',
      },
    });
    expect(env).toEqual({
      browser: 'chrome',
      os: 'windows',
      windowsVersion: '11',
      canUseService: false,
    });
  });

  test('platformVersion is ignored off Windows', () => {
    const env = detectEnvironment({
      userAgent: UA.edgeMac,
      uaData: { brands: edgeBrands, platform: 'macOS', platformVersion: '14.2.0' },
    });
    expect(env).toEqual({
      browser: 'edge',
      os: 'mac',
      windowsVersion: undefined,
      canUseService: false,
    });
  });
});
