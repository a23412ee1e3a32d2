import { render } from 'preact';
import { browser } from 'wxt/browser';
import { translator } from '@/components/findings/i18n';
import { ProfilesPage } from '@/components/profile/ProfilesPage';
import { openDatabase } from '@/utils/db/database';

function download(name: string, text: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

const t = translator((key, substitutions) => browser.i18n.getMessage(key as never, substitutions));
document.documentElement.lang = browser.i18n.getUILanguage().startsWith('ru') ? 'ru' : 'en';
render(<ProfilesPage db={openDatabase()} t={t} download={download} />, document.getElementById('app')!);
