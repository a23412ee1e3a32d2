import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';

type ManifestFn = (env: { manifestVersion: 2 | 3; browser: string }) => Record<string, unknown>;
const manifest = config.manifest as ManifestFn;

describe('the shipped manifest asks for the least it needs', () => {
  it('Chrome (MV3): no host access at install, hosts only as optional, the side panel API', () => {
    const chrome = manifest({ manifestVersion: 3, browser: 'chrome' });
    expect(chrome.permissions).toEqual(['activeTab', 'scripting', 'storage', 'contextMenus', 'sidePanel']);
    expect(chrome.host_permissions).toBeUndefined();
    expect(chrome.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
  });

  it('Firefox (MV2): hosts as optional permissions and no side panel permission (it has a sidebar)', () => {
    const firefox = manifest({ manifestVersion: 2, browser: 'firefox' });
    expect(firefox.permissions).not.toContain('sidePanel');
    expect(firefox.optional_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(firefox.host_permissions).toBeUndefined();
  });

  it('Firefox: a stable add-on id, data collection declared as none, the Firefox that reads that key; Chrome gets no Gecko keys', () => {
    const firefox = manifest({ manifestVersion: 2, browser: 'firefox' });
    expect(firefox.browser_specific_settings).toEqual({
      gecko: { id: 'sverka@sverka.app', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: '142.0' },
    });
    expect(manifest({ manifestVersion: 3, browser: 'chrome' }).browser_specific_settings).toBeUndefined();
  });

  it('Firefox MV3 (should Sverka move there): no side panel permission either, hosts as optional host permissions', () => {
    const firefox = manifest({ manifestVersion: 3, browser: 'firefox' });
    expect(firefox.permissions).toEqual(['activeTab', 'scripting', 'storage', 'contextMenus']);
    expect(firefox.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
  });

  it('lets WebAssembly run in extension pages and allows no remote script', () => {
    const csp = (manifest({ manifestVersion: 3, browser: 'chrome' }).content_security_policy as { extension_pages: string }).extension_pages;
    expect(csp).toContain("'wasm-unsafe-eval'");
    expect(csp).not.toMatch(/https?:|unsafe-inline|'unsafe-eval'/);
  });
});
