import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { layerOverrides } from '../../../scripts/lint_layers';

const ROOT = resolve(__dirname, '../../..');
const BIOME = join(ROOT, 'node_modules/.bin/biome');
const config = JSON.parse(readFileSync(join(ROOT, 'biome.json'), 'utf8'));

interface Diagnostic {
  rule: string;
  file: string;
  message: string;
}

/**
 * Lints `files` (path → text) with the project's biome.json, in a fresh folder laid out as
 * the project is: what the linter says of each.
 */
function lint(files: Record<string, string>): Diagnostic[] {
  const folder = mkdtempSync(join(tmpdir(), 'atlas-layers-'));
  try {
    const { $schema: _schema, ...rest } = config;
    writeFileSync(join(folder, 'biome.json'), JSON.stringify(rest));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(folder, path)), { recursive: true });
      writeFileSync(join(folder, path), text);
    }
    const result = spawnSync(BIOME, ['lint', '--reporter=github', '--max-diagnostics=none', '.'], {
      cwd: folder,
      encoding: 'utf8',
    });
    return [
      ...result.stdout.matchAll(/^::error title=lint\/\w+\/(\w+),file=([^,]+),[^:]*::(.*)$/gm),
    ].map(([, rule = '', file = '', message = '']) => ({
      rule,
      file: relative(folder, file),
      message,
    }));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

describe('the layers in the linter', () => {
  it('biome.json holds the rules that scripts/lint_layers.ts declares (npm run lint:layers)', () => {
    expect(config.overrides).toEqual(layerOverrides());
  });

  it('refuses MapLibre outside src/map, React in the core, and an import of a higher folder', () => {
    const diagnostics = lint({
      'src/explore/uses_maplibre.ts':
        "import { Map as MapLibreMap } from 'maplibre-gl';\nexport const a = MapLibreMap;\n",
      'src/model/uses_react.ts': "import { useState } from 'react';\nexport const b = useState;\n",
      'src/explore/imports_store.ts':
        "import { createAtlasStore } from '../store/atlas_store';\nexport const c = createAtlasStore;\n",
      'src/ui/shared/imports_a_view.tsx':
        "import { SiteTable } from '../table/SiteTable';\nexport const d = SiteTable;\n",
      'scripts/imports_the_store.ts':
        "import { createAtlasStore } from '../src/store/atlas_store';\nexport const e = createAtlasStore;\n",
    });
    const ruleOf = (file: string) =>
      diagnostics.filter((item) => item.file === file).map((item) => item.rule);
    expect(ruleOf('src/explore/uses_maplibre.ts')).toEqual(['noRestrictedImports']);
    expect(
      diagnostics.find((item) => item.file === 'src/explore/uses_maplibre.ts')?.message,
    ).toMatch(/MapLibre is used only in src\/map/);
    expect(ruleOf('src/model/uses_react.ts')).toEqual(['noRestrictedImports']);
    expect(ruleOf('src/explore/imports_store.ts')).toEqual(['noRestrictedImports']);
    expect(ruleOf('src/ui/shared/imports_a_view.tsx')).toEqual(['noRestrictedImports']);
    expect(ruleOf('scripts/imports_the_store.ts')).toEqual(['noRestrictedImports']);
  });

  it('refuses an import cycle, even through a type', () => {
    const diagnostics = lint({
      'src/edits/first.ts':
        "import type { Second } from './second';\nexport type First = Second[];\n",
      'src/edits/second.ts':
        "import type { First } from './first';\nexport type Second = First | null;\n",
    });
    expect(diagnostics.map((item) => item.rule)).toContain('noImportCycles');
  });

  it('lets each folder import the folders below it and its own libraries', () => {
    const diagnostics = lint({
      'src/store/reads_explore.ts':
        "import { createStore } from 'zustand/vanilla';\nimport { NO_FILTERS } from '../explore/filters';\nexport const f = [createStore, NO_FILTERS];\n",
      'src/map/draws.ts':
        "import { Map as MapLibreMap } from 'maplibre-gl';\nexport const g = MapLibreMap;\n",
      'src/i18n/index.ts':
        "import { mapMessages } from './messages/map';\nexport const h = mapMessages;\n",
      'src/ui/table/SiteTable.tsx':
        "import { useState } from 'react';\nimport { save } from '../shared/save_file';\nexport const i = [useState, save];\n",
    });
    expect(diagnostics).toEqual([]);
  });
});
