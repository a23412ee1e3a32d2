import { render } from 'preact';
import { browser } from 'wxt/browser';
import { translator, uiLanguage } from '@/browser/i18n';
import { downloadText } from '@/browser/download';
import { ProfilesPage } from '@/components/profile/ProfilesPage';
import { openDatabase } from '@/browser/db/database';
import { lastPageUrl } from '@/browser/current-page';
import { extensionDraftReader } from '@/browser/draft/extension-draft';

/** Host access for bound sites is optional: asked for here, one profile's sites at a time. */
const siteAccess = {
  has: (origins: string[]) => browser.permissions.contains({ origins }),
  request: (origins: string[]) => browser.permissions.request({ origins }),
};

/** The page in the tab the user last looked at, for testing site patterns on; only tabs Sverka may read show their address. */
const currentPageUrl = async () => lastPageUrl(await browser.tabs.query({}), browser.runtime.getURL('/'));

const t = translator((key, substitutions) => browser.i18n.getMessage(key, substitutions));
document.documentElement.lang = uiLanguage(t).page;
const db = openDatabase();
render(
  <ProfilesPage db={db} t={t} download={(name, text) => downloadText(name, 'application/json', text)} siteAccess={siteAccess} currentPageUrl={currentPageUrl} readDraft={extensionDraftReader(db)} />,
  document.getElementById('app')!,
);
