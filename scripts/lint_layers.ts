/**
 * The layers of `src`, from the bottom up, and the folders each library may be used in:
 * the one declaration of the rules that `biome.json` enforces. A folder imports only from
 * the folders below it; folders of one layer do not import each other.
 *
 * `npm run lint:layers` writes these rules into biome.json (its `overrides`, one per
 * folder); a unit test fails when biome.json and this declaration disagree.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const LAYERS: readonly (readonly string[])[] = [
  ['lib'],
  ['model'],
  ['i18n'],
  ['text'],
  ['places'],
  ['validate'],
  ['import'],
  ['formats'],
  ['edits'],
  ['explore'],
  ['analysis'],
  ['store'],
  ['persist', 'workers', 'export'],
  ['map', 'network', 'charts'],
  ['ui'],
  ['app'],
];

interface Library {
  /** Import specifiers, as gitignore-style patterns. */
  imports: string[];
  /** The folders of src (or sub-folders, `ui/shared`) that may import it. */
  folders: string[];
  /** What the linter says elsewhere. */
  message: string;
}

export const LIBRARIES: readonly Library[] = [
  {
    imports: ['maplibre-gl', 'maplibre-gl/**'],
    folders: ['map'],
    message: 'MapLibre is used only in src/map.',
  },
  {
    imports: ['dexie', 'dexie/**'],
    folders: ['persist'],
    message: 'Dexie is used only in src/persist.',
  },
  {
    imports: ['graphology', 'graphology/**', 'graphology-*', 'graphology-*/**'],
    folders: ['analysis'],
    message: 'graphology is used only in src/analysis.',
  },
  {
    imports: ['d3', 'd3/**', 'd3-*', 'd3-*/**'],
    folders: ['analysis', 'network', 'charts'],
    message: 'd3 is used only in src/analysis, src/network and src/charts.',
  },
  {
    imports: ['@observablehq/plot', '@observablehq/plot/**'],
    folders: ['charts'],
    message: 'Observable Plot is used only in src/charts.',
  },
  {
    imports: ['papaparse', 'papaparse/**'],
    folders: ['text'],
    message: 'papaparse is used only in src/text.',
  },
  {
    imports: ['fflate', 'fflate/**'],
    folders: ['formats'],
    message: 'fflate (zip) is used only in src/formats.',
  },
  {
    imports: ['exceljs', 'exceljs/**'],
    folders: ['formats'],
    message:
      'exceljs (workbooks) is used only in src/formats, loaded when a workbook is read or written.',
  },
  {
    imports: ['@turf/*', 'proj4', 'flatbush', 'kdbush', 'geokdbush'],
    folders: ['places', 'analysis'],
    message:
      'The geometry libraries (turf, proj4, flatbush, kdbush) are used only in src/places and src/analysis.',
  },
  {
    imports: ['zustand', 'zustand/**'],
    folders: ['store', 'ui'],
    message: 'zustand is used only in src/store (and its React binding in src/ui/shared).',
  },
  {
    imports: ['react', 'react/**', 'react-dom', 'react-dom/**', '@tanstack/*'],
    folders: ['ui', 'app'],
    message:
      'React is used only in src/ui and src/app: the core, the store and the controllers are free of it.',
  },
  {
    imports: ['i18next', 'react-i18next'],
    folders: ['i18n', 'ui', 'app'],
    message:
      'i18next is used only in src/i18n, src/ui and src/app: lower folders take their texts as arguments.',
  },
];

/** What the command line (scripts/, run in Node) may not import: the browser's folders. */
const NODE_LIMIT = 'export';

/** The views of src/ui; src/ui/shared, what they share, imports none of them. */
const UI_VIEWS = [
  'analysis',
  'charts',
  'details',
  'edit',
  'export',
  'filters',
  'history',
  'import',
  'map',
  'network',
  'quality',
  'profile',
  'table',
];

type Pattern = { group: string[]; message: string };
type Override = {
  includes: string[];
  linter: { rules: { style: { noRestrictedImports: unknown } } };
};

const FOLDERS = LAYERS.flat();

function layerOf(folder: string): number {
  const index = LAYERS.findIndex((layer) => layer.includes(folder));
  if (index < 0) throw new Error(`${folder} is in no layer`);
  return index;
}

/**
 * Patterns of an import of src/<folder> from a file up to three folders deep in src
 * (`../store/x`, `../../formats`): relative, so that a module of the same name inside the
 * importing folder (`./messages/map`) is not taken for the folder.
 */
function folderImports(folders: readonly string[]): string[] {
  const ups = ['../', '../../', '../../../'];
  return folders.flatMap((folder) => ups.flatMap((up) => [`${up}${folder}`, `${up}${folder}/**`]));
}

function libraryPatterns(allowed: (library: Library) => boolean): Pattern[] {
  return LIBRARIES.filter((library) => !allowed(library)).map((library) => ({
    group: library.imports,
    message: library.message,
  }));
}

function override(includes: string[], patterns: Pattern[]): Override {
  return {
    includes,
    linter: {
      rules: { style: { noRestrictedImports: { level: 'error', options: { patterns } } } },
    },
  };
}

/** The rules of one folder of src: the folders above it (and beside it), and the libraries not its own. */
function folderOverride(folder: string): Override {
  const level = layerOf(folder);
  const barred = FOLDERS.filter((other) => other !== folder && layerOf(other) >= level);
  const patterns: Pattern[] = [];
  if (barred.length > 0) {
    patterns.push({
      group: folderImports(barred),
      message: `src/${folder} imports only from the folders below it, never from ${barred.map((other) => `src/${other}`).join(', ')} (README: how the code is laid out).`,
    });
  }
  patterns.push({
    group: [
      '../main',
      '../main.tsx',
      '../../main',
      '../../main.tsx',
      '../../../main',
      '../../../main.tsx',
    ],
    message: 'Nothing imports the entry point.',
  });
  patterns.push(...libraryPatterns((library) => library.folders.includes(folder)));
  const includes = folder === 'ui' ? ['src/ui/**', '!src/ui/shared/**'] : [`src/${folder}/**`];
  return override(includes, patterns);
}

function sharedUiOverride(): Override {
  const patterns: Pattern[] = [
    {
      group: UI_VIEWS.flatMap((view) => [`../${view}`, `../${view}/**`]),
      message: 'src/ui/shared is what the views share: it imports none of them.',
    },
    ...(
      folderOverride('ui').linter.rules.style.noRestrictedImports as {
        options: { patterns: Pattern[] };
      }
    ).options.patterns,
  ];
  return override(['src/ui/shared/**'], patterns);
}

function scriptsOverride(): Override {
  const browserOnly = FOLDERS.filter(
    (folder) =>
      layerOf(folder) > layerOf(NODE_LIMIT) || ['store', 'persist', 'workers'].includes(folder),
  );
  const patterns: Pattern[] = [
    {
      group: [
        ...browserOnly.flatMap((folder) => [`**/src/${folder}`, `**/src/${folder}/**`]),
        '**/src/main',
        '**/src/main.tsx',
      ],
      message: `The command line runs in Node: it imports src up to src/analysis and src/export, never ${browserOnly.map((folder) => `src/${folder}`).join(', ')}.`,
    },
    // A library only the browser's folders use is not the command line's either.
    ...libraryPatterns(
      (library) => !library.folders.every((folder) => browserOnly.includes(folder)),
    ),
  ];
  return override(['scripts/**'], patterns);
}

/** biome.json's overrides, as this declaration makes them. */
export function layerOverrides(): Override[] {
  return [...FOLDERS.map(folderOverride), sharedUiOverride(), scriptsOverride()];
}

const BIOME_JSON = fileURLToPath(new URL('../biome.json', import.meta.url));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const config = JSON.parse(readFileSync(BIOME_JSON, 'utf8')) as Record<string, unknown>;
  config.overrides = layerOverrides();
  writeFileSync(BIOME_JSON, `${JSON.stringify(config, null, 2)}\n`);
  console.log(`biome.json: ${layerOverrides().length} folder rules written`);
}
