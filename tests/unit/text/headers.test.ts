import { describe, expect, it } from 'vitest';
import { foldAscii } from '../../../src/text/fold';
import { FLAT_FIELD_ALIASES, resolveHeaders } from '../../../src/text/headers';

function fieldOf(header: string): string | null {
  return resolveHeaders([header], FLAT_FIELD_ALIASES).fields[0] ?? null;
}

describe('FLAT_FIELD_ALIASES', () => {
  it.each([
    ['Nom', 'service_name'],
    ['Naam', 'service_name'],
    ['Name', 'service_name'],
    ['service_name', 'service_name'],
    ['Code postal', 'postal_code'],
    ['CODE_POSTAL', 'postal_code'],
    ['Postcode', 'postal_code'],
    ['PLZ', 'postal_code'],
    ['Commune', 'city'],
    ['Gemeente', 'city'],
    ['Gemeinde', 'city'],
    ['Latitude', 'latitude'],
    ['Breedtegraad', 'latitude'],
    ['Longitude', 'longitude'],
    ['Lengtegraad', 'longitude'],
    ['Längengrad', 'longitude'],
    ['Téléphone', 'phone'],
    ['Telephone', 'phone'],
    ['Telefoon', 'phone'],
    ['Site web', 'website'],
    ['Website', 'website'],
    ['Catégorie', 'category'],
    ['CATEGORIE', 'category'],
    ['Adresse', 'address'],
    ['E-mail', 'email'],
    ['Langues', 'languages'],
    ['Organisation', 'organization_name'],
    ['Site', 'location_name'],
    ['Code INS', 'nis_code'],
    ['Dernière vérification', 'last_verified'],
    ['Consulté le', 'source_consulted'],
    ['Geraadpleegd op', 'source_consulted'],
  ])('maps "%s" to %s', (header, field) => {
    expect(fieldOf(header)).toBe(field);
  });

  it('gives no normalised alias to two fields', () => {
    const owners = new Map<string, string>();
    const clashes: string[] = [];
    for (const [field, names] of Object.entries(FLAT_FIELD_ALIASES)) {
      for (const name of [field, ...names]) {
        const key = foldAscii(name);
        const owner = owners.get(key);
        if (owner !== undefined && owner !== field) clashes.push(`${key}: ${owner} / ${field}`);
        owners.set(key, field);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('recognises every field by its own name', () => {
    for (const field of Object.keys(FLAT_FIELD_ALIASES)) expect(fieldOf(field)).toBe(field);
  });
});

describe('resolveHeaders', () => {
  it('resolves a French header row column by column', () => {
    const resolved = resolveHeaders(
      ['Nom', 'Catégorie', 'Adresse', 'Code postal', 'Commune', 'Téléphone', 'Site web'],
      FLAT_FIELD_ALIASES,
    );
    expect(resolved.fields).toEqual([
      'service_name',
      'category',
      'address',
      'postal_code',
      'city',
      'phone',
      'website',
    ]);
    expect(resolved.unknown).toEqual([]);
  });

  it('resolves a Dutch header row', () => {
    expect(
      resolveHeaders(
        ['Naam', 'Postcode', 'Gemeente', 'Breedtegraad', 'Lengtegraad', 'Telefoon', 'Website'],
        FLAT_FIELD_ALIASES,
      ).fields,
    ).toEqual(['service_name', 'postal_code', 'city', 'latitude', 'longitude', 'phone', 'website']);
  });

  it('lists unknown headers as written and leaves their column unmapped', () => {
    const resolved = resolveHeaders(
      ['Nom', 'Remarques internes', 'Commune', 'Colonne 7'],
      FLAT_FIELD_ALIASES,
    );
    expect(resolved.fields).toEqual(['service_name', null, 'city', null]);
    expect(resolved.unknown).toEqual(['Remarques internes', 'Colonne 7']);
  });

  it('does not list empty headers as unknown', () => {
    const resolved = resolveHeaders(['Nom', '', '  '], FLAT_FIELD_ALIASES);
    expect(resolved.fields).toEqual(['service_name', null, null]);
    expect(resolved.unknown).toEqual([]);
  });

  it('keeps the first of two columns for the same field', () => {
    const resolved = resolveHeaders(['Commune', 'Nom', 'Gemeente', 'Name'], FLAT_FIELD_ALIASES);
    expect(resolved.fields).toEqual(['city', 'service_name', null, null]);
    expect(resolved.unknown).toEqual(['Gemeente', 'Name']);
  });

  it('keeps the first of two identical headers', () => {
    const resolved = resolveHeaders(['PLZ', 'PLZ'], FLAT_FIELD_ALIASES);
    expect(resolved.fields).toEqual(['postal_code', null]);
    expect(resolved.unknown).toEqual(['PLZ']);
  });

  it('works with any alias table', () => {
    const resolved = resolveHeaders(['ID', 'Label', 'other'], {
      id: ['identifiant'],
      label: ['libellé'],
    });
    expect(resolved.fields).toEqual(['id', 'label', null]);
    expect(resolveHeaders(['Libelle'], { label: ['libellé'] }).fields).toEqual(['label']);
  });
});

describe('the headers of the workbooks the Atlas writes', () => {
  it('read back, in every interface language, as the column they name', async () => {
    const { importReportMessages } = await import('../../../src/i18n/messages/import_report');
    for (const messages of Object.values(importReportMessages)) {
      const entries = Object.entries(messages.flatField);
      const { fields } = resolveHeaders(
        entries.map(([, name]) => name),
        FLAT_FIELD_ALIASES,
      );
      expect(fields).toEqual(entries.map(([field]) => field));
    }
  });
});
