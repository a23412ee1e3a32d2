import { render } from 'preact';
import { browser } from 'wxt/browser';
import { translator, uiLanguage } from '@/browser/i18n';
import { extensionMaterialsPort } from '@/browser/materials/extension-port';
import { MaterialsView } from '@/components/materials/MaterialsView';
import { openDatabase } from '@/browser/db/database';
import { extensionSpellChecker } from '@/browser/spelling/spell-checker';

const t = translator((key, substitutions) => browser.i18n.getMessage(key, substitutions));
document.documentElement.lang = uiLanguage(t).page;
document.title = t('materialsTitle');
const initialUrl = new URLSearchParams(location.search).get('url') ?? undefined;
render(
  <MaterialsView db={openDatabase()} t={t} port={extensionMaterialsPort({ wide: true })} spellChecker={extensionSpellChecker((path) => browser.runtime.getURL(path as never))} initialUrl={initialUrl} />,
  document.getElementById('app')!,
);
