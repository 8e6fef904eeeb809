import { createI18n, formatNumber, NAMESPACES } from '../../../src/i18n';
import { LANGUAGES } from '../../../src/model/languages';

type Tree = Record<string, unknown>;

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? keys(value as Tree, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

describe('the interface messages', () => {
  for (const [namespace, messages] of Object.entries(NAMESPACES)) {
    it(`${namespace}: French, Dutch, English and German have the same keys, none empty`, () => {
      const french = keys(messages.fr).sort();
      for (const language of LANGUAGES) {
        expect(keys(messages[language]).sort(), language).toEqual(french);
      }
      for (const language of LANGUAGES) {
        const i18n = createI18n(language);
        for (const key of french) {
          const text = i18n.t(`${namespace}:${key}`, { count: 1, shown: 1, total: 2 });
          expect(text, `${language} ${namespace}:${key}`).not.toBe('');
          expect(text, `${language} ${namespace}:${key}`).not.toBe(key);
        }
      }
    });
  }

  it('writes counts as each language does, with its thousands separator', () => {
    const counts = { shown: 25000, total: 100000 };
    // French groups with a narrow no-break space, Dutch with a dot, English with a comma.
    expect(createI18n('fr').t('app:siteCount', counts)).toBe('25\u202f000 sur 100\u202f000 sites');
    expect(createI18n('nl').t('app:siteCount', counts)).toBe('25.000 van 100.000 locaties');
    expect(createI18n('en').t('app:siteCount', counts)).toBe('25,000 of 100,000 sites');
    // German groups with a dot, as Dutch does.
    expect(createI18n('de').t('app:siteCount', counts)).toBe('25.000 von 100.000 Standorten');
    expect(createI18n('en').t('map:clusterLabel', { count: 1200 })).toBe('1,200 sites');
    expect(formatNumber(1234, 'nl')).toBe('1.234');
    // A count given as text (a phrase translated apart) is kept as it is.
    expect(createI18n('en').t('app:siteCount', { shown: 'all', total: 3 })).toBe('all of 3 sites');
  });

  it('counts are numbers in every message: none is left unformatted', () => {
    const unformatted =
      /\{\{(count|total|shown|rows|records|nodes|edges|changes|actions|unexported|accepted|rejected|created|updated|deleted|applied|conflicts|errors|warnings)\}\}/;
    for (const messages of Object.values(NAMESPACES)) {
      for (const language of LANGUAGES) {
        expect(JSON.stringify(messages[language])).not.toMatch(unformatted);
      }
    }
  });

  it('every namespace the components use is registered', async () => {
    const { readFileSync } = await import('node:fs');
    const { execSync } = await import('node:child_process');
    const files = execSync('grep -rl "useTranslation(" src --include=\'*.tsx\'', {
      encoding: 'utf8',
    })
      .trim()
      .split('\n');
    for (const file of files) {
      for (const match of readFileSync(file, 'utf8').matchAll(/useTranslation\('([a-z]+)'\)/g)) {
        expect(Object.keys(NAMESPACES), file).toContain(match[1]);
      }
    }
  });
});
