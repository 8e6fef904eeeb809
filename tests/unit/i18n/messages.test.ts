import { createI18n, NAMESPACES } from '../../../src/i18n';

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
    it(`${namespace}: French, Dutch and English have the same keys, none empty`, () => {
      const french = keys(messages.fr).sort();
      expect(keys(messages.nl).sort()).toEqual(french);
      expect(keys(messages.en).sort()).toEqual(french);
      for (const language of ['fr', 'nl', 'en'] as const) {
        const i18n = createI18n(language);
        for (const key of french) {
          const text = i18n.t(`${namespace}:${key}`, { count: 1, shown: 1, total: 2 });
          expect(text, `${language} ${namespace}:${key}`).not.toBe('');
          expect(text, `${language} ${namespace}:${key}`).not.toBe(key);
        }
      }
    });
  }

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
