import { CPAS_FILE } from './cpas';
import { CRI_FILE } from './cri';
import { RELATIONSHIPS_FILE } from './groups';
import { FIGURES_FILE } from './indicators';
import { INSTITUTIONS_FILE } from './institutions';
import { LOCAL_SERVICES_FILE, RECEPTION_FILE } from './providers';

export const COMMUNES_FILE = 'geo/wallonia_communes_2025.geojson';
/** The shared folder's README, which says when the sources were read. */
export const README_COPY = 'README_shared_data.md';

/**
 * Every file taken from the shared data folder, unchanged: its path there and its path
 * under data/sources (the SOURCES.md files get a name per folder).
 */
export const SOURCE_COPIES: ReadonlyArray<{ shared: string; copy: string }> = [
  ...[
    INSTITUTIONS_FILE,
    CPAS_FILE,
    CRI_FILE,
    LOCAL_SERVICES_FILE,
    RECEPTION_FILE,
    FIGURES_FILE,
    RELATIONSHIPS_FILE,
    COMMUNES_FILE,
  ].map((path) => ({ shared: path, copy: path })),
  { shared: 'sources/iom_project_page_nl.txt', copy: 'documents/iom_project_page_nl.txt' },
  { shared: 'README.md', copy: README_COPY },
  { shared: 'services/SOURCES.md', copy: 'SOURCES_services.md' },
  { shared: 'relationships/SOURCES.md', copy: 'SOURCES_relationships.md' },
  { shared: 'geo/SOURCES.md', copy: 'SOURCES_geo.md' },
  { shared: 'sources/SOURCES.md', copy: 'SOURCES_documents.md' },
];
