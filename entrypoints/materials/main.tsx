import { render } from 'preact';
import { browser } from 'wxt/browser';
import { translator } from '@/components/findings/i18n';
import { extensionMaterialsPort } from '@/components/materials/extension-port';
import { MaterialsView } from '@/components/materials/MaterialsView';
import { openDatabase } from '@/utils/db/database';
import { extensionSpellChecker } from '@/components/spell-checker';

const t = translator((key, substitutions) => browser.i18n.getMessage(key as never, substitutions));
document.documentElement.lang = browser.i18n.getUILanguage().startsWith('ru') ? 'ru' : 'en';
document.title = t('materialsTitle');
const initialUrl = new URLSearchParams(location.search).get('url') ?? undefined;
render(
  <MaterialsView db={openDatabase()} t={t} port={extensionMaterialsPort({ wide: true })} spellChecker={extensionSpellChecker((path) => browser.runtime.getURL(path as never))} initialUrl={initialUrl} />,
  document.getElementById('app')!,
);
