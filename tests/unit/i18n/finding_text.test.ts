import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadGazetteerSync } from '../../../scripts/lib/load_reference';
import { readFiles } from '../../../src/formats';
import { sizeRefusal } from '../../../src/formats/input_size';
import { createI18n } from '../../../src/i18n';
import { findingSentence } from '../../../src/i18n/finding_text';
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

  it('keeps the English sentence of a finding it cannot say', () => {
    const i18n = createI18n('fr');
    const issue: Pick<Issue, 'code' | 'values' | 'variant'> = { code: 'invalid_value' };
    expect(findingSentence(issue, i18n)).toBeNull();
    expect(findingSentence({ ...issue, values: {}, variant: 'unheardOf' }, i18n)).toBeNull();
  });
});
