import { render } from 'preact';
import { browser } from 'wxt/browser';
import { translator, uiLanguage } from '@/browser/i18n';
import { downloadText } from '@/browser/download';
import { ProfilesPage } from '@/components/profile/ProfilesPage';
import { openDatabase } from '@/browser/db/database';

/** Host access for bound sites is optional: asked for here, one profile's sites at a time. */
const siteAccess = {
  has: (origins: string[]) => browser.permissions.contains({ origins }),
  request: (origins: string[]) => browser.permissions.request({ origins }),
};

const t = translator((key, substitutions) => browser.i18n.getMessage(key, substitutions));
document.documentElement.lang = uiLanguage(t).page;
render(<ProfilesPage db={openDatabase()} t={t} download={(name, text) => downloadText(name, 'application/json', text)} siteAccess={siteAccess} />, document.getElementById('app')!);
