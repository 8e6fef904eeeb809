import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { loadGazetteerSync } from '../../../scripts/lib/load_reference';
import { normalisedCsvDriver } from '../../../src/formats/normalised_csv';
import { createI18n } from '../../../src/i18n';
import { detailsMessages } from '../../../src/i18n/messages/details';
import { filtersMessages } from '../../../src/i18n/messages/filters';
import { tableMessages } from '../../../src/i18n/messages/table';
import type { Dataset } from '../../../src/model/dataset';
import type { Language } from '../../../src/model/languages';
import { createAtlasStore } from '../../../src/store/atlas_store';
import { AtlasStoreProvider } from '../../../src/ui/shared/store_context';

const DATA = join(__dirname, '..', '..', '..', 'data');
const TABLES = [
  'organizations.csv',
  'services.csv',
  'locations.csv',
  'service_at_location.csv',
  'relationships.csv',
  'indicators.csv',
];

let curated: Dataset | undefined;

/** The curated dataset of data/, read once per test file through the normalised CSV driver. */
export function curatedDataset(): Dataset {
  if (!curated) {
    const files = TABLES.map((name) => ({
      path: name,
      bytes: new Uint8Array(readFileSync(join(DATA, name))),
    }));
    curated = normalisedCsvDriver.read(files, { gazetteer: loadGazetteerSync() }).dataset;
  }
  return curated;
}

const EMPTY = { type: 'FeatureCollection' as const, features: [] };

/** A store filled with a dataset (the curated one by default) and the real gazetteer. */
export function loadedStore(dataset: Dataset = curatedDataset()) {
  const store = createAtlasStore();
  store.getState().datasetLoaded(dataset, loadGazetteerSync(), {
    communes: EMPTY,
    arrondissements: EMPTY,
    provinces: EMPTY,
  });
  return store;
}

const OWN_NAMESPACES = {
  filters: filtersMessages,
  table: tableMessages,
  details: detailsMessages,
} as const;

/** The app's i18n, with this area's namespaces added if the app does not register them yet. */
export function testI18n(language: Language) {
  const i18n = createI18n(language);
  for (const [namespace, messages] of Object.entries(OWN_NAMESPACES)) {
    for (const code of ['fr', 'nl', 'en'] as const) {
      if (!i18n.hasResourceBundle(code, namespace)) {
        i18n.addResourceBundle(code, namespace, messages[code]);
      }
    }
  }
  return i18n;
}

/** Renders a component with the store and the interface language, as the app does. */
export function renderAtlas(
  ui: ReactNode,
  {
    store = loadedStore(),
    language = 'fr',
  }: { store?: ReturnType<typeof loadedStore>; language?: Language } = {},
) {
  store.getState().setLanguage(language);
  const result = render(
    <I18nextProvider i18n={testI18n(language)}>
      <AtlasStoreProvider store={store}>{ui}</AtlasStoreProvider>
    </I18nextProvider>,
  );
  return { ...result, store };
}
