import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadGazetteerSync } from '../../../scripts/lib/load_reference';
import { readFiles } from '../../../src/formats';
import { sizeRefusal } from '../../../src/formats/input_size';
import { createI18n } from '../../../src/i18n';
import { findingDetail, findingSentence } from '../../../src/i18n/finding_text';
import { importMessages } from '../../../src/i18n/messages/import';
import type { Issue } from '../../../src/model/report';

const gazetteer = loadGazetteerSync();

/** A spreadsheet with a bit of everything a real one gets wrong. */
const MESSY = [
  'Nom;Organisme;Type organisation;Catégorie;Statut;Langues;Adresse;Code postal;Commune;Code INS;Latitude;Longitude;Site web;E-mail;Téléphone;Dernière vérification;Colonne inconnue',
  'Cours A;Asbl A;ngo;Cours de langue;;fr;;;Liège;;50,6;;;;;;x',
  'Cours B;Asbl A;ngo;Logement;;fr;;;Liège;;abc;5,5;;;;;',
  'Cours C;Asbl A;ngo;Logement;;fr;;;Liège;;0;0;;;;;',
  'Cours D;Asbl A;ngo;Logement;;fr;;;Liège;;95;5,5;;;;;',
  'Cours E;Asbl A;ngo;Logement;;fr;;;Liège;;5,57;50,64;;;;;',
  'Cours F;Asbl A;ngo;Logement;;fr;;;;;;;www.exemple.be;pas-un-mail;abc;15/01/2026',
  'Cours G;Asbl A;ngo;Inconnue;Fermé pour travaux;klingon;;1000;;;;;javascript:x;;;hier',
  'Cours H;Asbl B;fédération;Logement;;fr;;4000;Namur;;;;;;;;',
  'Cours I;Asbl B;ngo;Logement;;fr;;;;8200;;;;;;;',
  'Cours J;Asbl B;ngo;Logement;;fr;;;;82003;;;;;;;',
  'Cours K;Asbl B;ngo;Logement;;fr;;;;12345;;;;;;;',
  'Cours L;Asbl B;ngo;Logement;;fr;;ABCDE;;;;;;;;;',
  'Cours M;Asbl B;ngo;Logement;;fr;;;Atlantis;;;;;;;;',
  'Cours N;Asbl B;ngo;Logement;;fr;;;;;;;;;;;',
  'Cours O;;ngo;Logement;;fr;;;Namur;;;;;;;;',
  ';Asbl C;ngo;Logement;;fr;;;Namur;;;;;;;;',
  'Cours P;Asbl C;ngo;Logement;;fr;;;Namur;;50,9;4,4;;;;;',
  'Cours Q;Asbl C;ngo;Logement;;fr',
  'Cours R;"Asbl C;ngo;Logement;;fr;;;Namur;;;;;;;;',
].join('\n');

function issuesOf(path: string, text: string): Issue[] {
  return readFiles([{ path, bytes: new TextEncoder().encode(text) }], { gazetteer }).report.issues;
}

describe('the findings, in the interface languages', () => {
  const issues = [
    ...issuesOf('messy.csv', MESSY),
    ...issuesOf('notes.pdf', '%PDF-1.4'),
    ...issuesOf('empty.geojson', '{"type": "Point"}'),
    ...issuesOf(
      'excel_fr_windows1252.csv',
      readFileSync(join(__dirname, '../../fixtures/excel_fr_windows1252.csv'), 'latin1'),
    ),
  ];

  it('covers many codes', () => {
    expect(new Set(issues.map((issue) => issue.code)).size).toBeGreaterThan(12);
  });

  it.each(['fr', 'nl', 'en', 'de'] as const)(
    'says every finding of a spreadsheet in %s',
    (language) => {
      const i18n = createI18n(language);
      for (const issue of issues) {
        const sentence = findingSentence(issue, i18n);
        expect(sentence, `${issue.code} ${issue.variant ?? ''}: ${issue.message}`).not.toBeNull();
        expect(sentence).not.toMatch(/\{\{|undefined/);
      }
    },
  );

  it('says the refusals of the limits in the interface language, with its numbers', () => {
    const large = sizeRefusal([{ path: 'big.csv', size: 101 * 1024 * 1024 }], 'import');
    if (!large) throw new Error('a file of 101 MB is refused');
    expect(findingSentence(large, createI18n('de'))).toMatch(
      /^Die Datei ist 101 MB groß, mehr als die 100 MB, die der Atlas in einer Datei liest/,
    );
    const many = sizeRefusal(
      Array.from({ length: 1001 }, (_, at) => ({ path: `${at}.csv`, size: 1 })),
      'import',
    );
    if (!many) throw new Error('1,001 files are refused');
    expect(findingSentence(many, createI18n('fr'))).toMatch(
      /^1\u202f001 fichiers, plus que les 1\u202f000/,
    );
  });

  it('has a sentence only for codes that exist', () => {
    const codes = Object.keys(importMessages.en.code);
    for (const key of Object.keys(importMessages.en.message)) {
      expect(
        codes.some((code) => key === code || key.startsWith(`${code}_`)),
        key,
      ).toBe(true);
    }
  });

  it('says what is wrong with a geometry, and where, in French and German', () => {
    const features = [
      { type: 'Point', coordinates: 4.8675 },
      { type: 'Polygon', coordinates: [[[4.8, 50.4], 'a']] },
      { type: 'Blob', coordinates: [] },
      {
        type: 'GeometryCollection',
        geometries: [
          { type: 'Point', coordinates: [4.8, 50.4] },
          { type: 'LineString', coordinates: [[4.8, 50.4]] },
        ],
      },
      // A value from the file is never read as a part of the message.
      { type: 'Point', coordinates: '$t(app:title){{x}}' },
    ].map((geometry) => ({
      type: 'Feature',
      geometry,
      properties: { name: 'Cours', organization: 'Asbl', city: 'Namur' },
    }));
    const geometries = issuesOf(
      'sites.geojson',
      JSON.stringify({ type: 'FeatureCollection', features }),
    ).filter((issue) => issue.code === 'invalid_geometry');
    const say = (language: 'fr' | 'de') =>
      geometries.map((issue) => findingSentence(issue, createI18n(language))?.split('. ')[0]);
    expect(say('fr')).toEqual([
      'Cette géométrie est ignorée : les coordonnées de ce Point devraient être une position (une liste de deux ou trois nombres) ; trouvé : 4.8675',
      'Cette géométrie est ignorée : les coordonnées de ce Polygon devraient être une liste d’anneaux (des listes de quatre positions ou plus) ; trouvé parmi elles : "a"',
      'Cette géométrie est ignorée : "Blob" n’est pas un type de géométrie GeoJSON (Point, Polygon, …)',
      'Cette géométrie est ignorée, sa partie 2 n’étant pas utilisable : les coordonnées de ce LineString devraient être une liste d’au moins deux positions ; il y en a trop peu',
      'Cette géométrie est ignorée : les coordonnées de ce Point devraient être une position (une liste de deux ou trois nombres) ; trouvé : "$t(app:title){{x}}"',
    ]);
    expect(say('de')[0]).toBe(
      'Diese Geometrie wird ignoriert: Die Koordinaten dieses Point sollten eine Position (eine Liste von zwei oder drei Zahlen) sein; gefunden: 4.8675',
    );
  });

  it('says where JSON breaks as a line and a column, the parser’s own words apart', () => {
    const [issue] = issuesOf(
      'sites.geojson',
      '{\n  "type": "FeatureCollection",\n  "features": [,]\n}',
    );
    if (!issue) throw new Error('refused');
    expect(findingSentence(issue, createI18n('fr'))).toBe(
      'Ce n’est pas du JSON valable : erreur à la ligne 3, colonne 16.',
    );
    expect(findingSentence(issue, createI18n('de'))).toBe(
      'Kein gültiges JSON: Fehler in Zeile 3, Spalte 16.',
    );
    expect(findingDetail(issue)).toMatch(/JSON/);
    expect(issue.message).toMatch(/^Not valid JSON at line 3, column 16: /);
  });

  it('says why a zip cannot be opened without the unzipper’s words in the sentence', () => {
    const [issue] = issuesOf('package.zip', 'PK\u0003\u0004 not really a zip');
    if (!issue) throw new Error('refused');
    expect(findingSentence(issue, createI18n('fr'))).toBe(
      'L’archive n’a pas pu être ouverte : elle est abîmée, ou ce n’est pas un zip.',
    );
    expect(findingDetail(issue)).not.toBeNull();
  });

  it('keeps the English sentence of a finding it cannot say', () => {
    const i18n = createI18n('fr');
    const issue: Pick<Issue, 'code' | 'values' | 'variant'> = { code: 'invalid_value' };
    expect(findingSentence(issue, i18n)).toBeNull();
    expect(findingSentence({ ...issue, values: {}, variant: 'unheardOf' }, i18n)).toBeNull();
  });
});
