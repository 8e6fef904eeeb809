import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/model/report';
import {
  isLanguageCode,
  parseCategory,
  parseConfidence,
  parseDecimal,
  parseEmail,
  parseEnterpriseNumber,
  parseInteger,
  parseIsoDate,
  parseLanguages,
  parseLevel,
  parseOrgType,
  parsePhone,
  parseRelationshipType,
  parseStatus,
  parseUrl,
  passesModulo97,
} from '../../../src/validate/fields';

/** The codes and severities of some findings, the part a user acts on. */
function kinds(findings: readonly Finding[]): string[] {
  return findings.map((finding) => `${finding.severity}:${finding.code}`);
}

describe('parseCategory', () => {
  it.each([
    ['housing', 'housing'],
    ['Logement', 'housing'],
    ['Huisvesting', 'housing'],
    ['Housing', 'housing'],
    ['  LOGEMENT  ', 'housing'],
    ['social_aid', 'social_aid'],
    ['Aide sociale', 'social_aid'],
    ['CPAS', 'social_aid'],
    ['OCMW', 'social_aid'],
    ['Santé', 'health'],
    ['sante', 'health'],
    ['Gezondheid', 'health'],
    ['Cours de langue', 'language'],
    ['Taallessen', 'language'],
    ['Cours de français', 'language'],
    ["Garde d'enfants", 'childcare'],
    ['Kinderopvang', 'childcare'],
    ['Intégration', 'integration'],
    ['Other', 'other'],
  ])('reads %j as %s without a finding', (text, code) => {
    expect(parseCategory(text)).toEqual({ value: code, findings: [] });
  });

  it('files an unknown category under "other" with a warning naming it', () => {
    const parsed = parseCategory('Transport gratuit');
    expect(parsed.value).toBe('other');
    expect(parsed.findings).toHaveLength(1);
    expect(parsed.findings[0]).toMatchObject({
      field: 'category',
      severity: 'warning',
      code: 'unknown_category',
    });
    expect(parsed.findings[0]?.message).toContain('Transport gratuit');
  });

  it('files an empty category under "other" silently', () => {
    expect(parseCategory('')).toEqual({ value: 'other', findings: [] });
    expect(parseCategory('   ')).toEqual({ value: 'other', findings: [] });
  });

  it('gives the same answer when asked again', () => {
    expect(parseCategory('Huisvesting')).toEqual(parseCategory('Huisvesting'));
    expect(parseCategory('??')).toEqual(parseCategory('??'));
  });
});

describe('parseOrgType', () => {
  it.each([
    ['cpas', 'cpas'],
    ['CPAS', 'cpas'],
    ['OCMW', 'cpas'],
    ['ASBL', 'ngo'],
    ['vzw', 'ngo'],
    ['NGO', 'ngo'],
    ['Pouvoir local', 'local_authority'],
    ['Commune', 'local_authority'],
    ['Gemeente', 'local_authority'],
    ['CRI', 'integration_centre'],
    ["Centre régional d'intégration", 'integration_centre'],
    ['Service fédéral', 'federal_agency'],
    ['housing_provider', 'housing_provider'],
    ['Opvangcentrum', 'reception_centre'],
  ])('reads %j as %s', (text, code) => {
    expect(parseOrgType(text)).toEqual({ value: code, findings: [] });
  });

  it('gives "other" for an empty type, silently', () => {
    expect(parseOrgType('')).toEqual({ value: 'other', findings: [] });
  });

  it('gives "other" with a warning for an unknown type', () => {
    const parsed = parseOrgType('Fondation privée');
    expect(parsed.value).toBe('other');
    expect(kinds(parsed.findings)).toEqual(['warning:invalid_value']);
    expect(parsed.findings[0]?.field).toBe('org_type');
    expect(parsed.findings[0]?.message).toContain('Fondation privée');
  });
});

describe('parseStatus', () => {
  it('reads an empty status as active (a listed service is assumed to run)', () => {
    expect(parseStatus('')).toEqual({ value: 'active', findings: [] });
    expect(parseStatus('  ')).toEqual({ value: 'active', findings: [] });
  });

  it.each([
    ['active', 'active'],
    ['Actif', 'active'],
    ['Actief', 'active'],
    ['inactive', 'inactive'],
    ['Inactif', 'inactive'],
    ['INACTIEF', 'inactive'],
    ['defunct', 'defunct'],
    ['Disparu', 'defunct'],
    ['Opgeheven', 'defunct'],
    ['Fermé', 'defunct'],
    ['gesloten', 'defunct'],
  ])('reads %j as %s', (text, code) => {
    expect(parseStatus(text)).toEqual({ value: code, findings: [] });
  });

  it('warns about an unknown status and keeps the service active', () => {
    const parsed = parseStatus('peut-être');
    expect(parsed.value).toBe('active');
    expect(kinds(parsed.findings)).toEqual(['warning:invalid_value']);
    expect(parsed.findings[0]?.field).toBe('status');
  });
});

describe('parseLevel', () => {
  it.each([
    ['federal', 'federal'],
    ['Fédéral', 'federal'],
    ['federaal', 'federal'],
    ['Régional', 'regional'],
    ['gewestelijk', 'regional'],
    ['Communautaire', 'community'],
    ['Gemeenschap', 'community'],
    ['Provincial', 'provincial'],
    ['communal', 'local'],
    ['Lokaal', 'local'],
    ['Européen', 'european'],
    ['international', 'international'],
  ])('reads %j as %s', (text, code) => {
    expect(parseLevel(text)).toEqual({ value: code, findings: [] });
  });

  it('leaves an empty level empty', () => {
    expect(parseLevel('')).toEqual({ value: '', findings: [] });
  });

  it('empties an unknown level with a warning', () => {
    const parsed = parseLevel('galactique');
    expect(parsed.value).toBe('');
    expect(kinds(parsed.findings)).toEqual(['warning:invalid_value']);
    expect(parsed.findings[0]?.field).toBe('level');
  });
});

describe('parseRelationshipType', () => {
  it.each([
    ['funds', 'funds'],
    ['finance', 'funds'],
    ['Financiert', 'funds'],
    ['refers_to', 'refers_to'],
    ['refers to', 'refers_to'],
    ['oriente vers', 'refers_to'],
    ['Partner van', 'partners_with'],
    ['partenaire de', 'partners_with'],
    ['fournit des données à', 'provides_data_to'],
    ['member of', 'member_of'],
    ['coördineert', 'coordinates'],
    ['exerce la tutelle sur', 'supervises'],
  ])('reads %j as %s', (text, code) => {
    expect(parseRelationshipType(text)).toEqual({ value: code, findings: [] });
  });

  it('rejects an unknown type with an error listing the known ones', () => {
    const parsed = parseRelationshipType('déteste');
    expect(parsed.value).toBeNull();
    expect(kinds(parsed.findings)).toEqual(['error:invalid_value']);
    expect(parsed.findings[0]?.field).toBe('type');
    expect(parsed.findings[0]?.message).toContain('déteste');
    expect(parsed.findings[0]?.message).toContain('funds');
  });

  it('rejects an empty type as missing', () => {
    const parsed = parseRelationshipType('  ');
    expect(parsed.value).toBeNull();
    expect(kinds(parsed.findings)).toEqual(['error:missing_required']);
    expect(parsed.findings[0]?.field).toBe('type');
  });
});

describe('parseConfidence', () => {
  it.each([
    ['high', 'high'],
    ['Haute', 'high'],
    ['élevée', 'high'],
    ['hoog', 'high'],
    ['medium', 'medium'],
    ['Moyenne', 'medium'],
    ['gemiddeld', 'medium'],
    ['low', 'low'],
    ['faible', 'low'],
    ['Laag', 'low'],
  ])('reads %j as %s', (text, code) => {
    expect(parseConfidence(text)).toEqual({ value: code, findings: [] });
  });

  it('leaves an empty confidence empty and warns about an unknown one', () => {
    expect(parseConfidence('')).toEqual({ value: '', findings: [] });
    const parsed = parseConfidence('certaine');
    expect(parsed.value).toBe('');
    expect(kinds(parsed.findings)).toEqual(['warning:invalid_value']);
    expect(parsed.findings[0]?.field).toBe('confidence');
  });
});

describe('parseLanguages', () => {
  it.each([
    ['fr|uk', ['fr', 'uk']],
    ['français, ukrainien', ['fr', 'uk']],
    ['FR; EN', ['fr', 'en']],
    ['fr/nl/de', ['fr', 'nl', 'de']],
    ['Nederlands, Duits', ['nl', 'de']],
    ['Deutsch und Englisch', ['de', 'en']],
    ['français et anglais', ['fr', 'en']],
    ['Frans en Oekraïens', ['fr', 'uk']],
    ['Ukrainian and Russian', ['uk', 'ru']],
    ['ukr|rus', ['uk', 'ru']],
    ['fr|français|FR', ['fr']],
    ['  fr ||  uk ;', ['fr', 'uk']],
  ])('reads %j as %j', (text, codes) => {
    expect(parseLanguages(text)).toEqual({ value: codes, findings: [] });
  });

  it('reads an empty cell as no language', () => {
    expect(parseLanguages('')).toEqual({ value: [], findings: [] });
  });

  it('keeps the known languages and warns about each unknown one', () => {
    const parsed = parseLanguages('fr|klingon|zz');
    expect(parsed.value).toEqual(['fr']);
    expect(kinds(parsed.findings)).toEqual([
      'warning:unknown_language',
      'warning:unknown_language',
    ]);
    expect(parsed.findings[0]?.field).toBe('languages');
    expect(parsed.findings[0]?.message).toContain('klingon');
    expect(parsed.findings[1]?.message).toContain('zz');
  });

  it('returns a fresh list each time, so a caller may change it', () => {
    const first = parseLanguages('fr|nl');
    first.value.push('de');
    expect(parseLanguages('fr|nl').value).toEqual(['fr', 'nl']);
  });
});

describe('isLanguageCode', () => {
  it('accepts ISO 639-1 codes that name a language and nothing else', () => {
    for (const code of ['fr', 'nl', 'de', 'en', 'uk', 'ru', 'ar']) {
      expect(isLanguageCode(code)).toBe(true);
    }
    for (const code of ['zz', 'qq', 'FR', 'fra', '', 'f']) expect(isLanguageCode(code)).toBe(false);
  });
});

describe('parseUrl', () => {
  it.each([
    'https://www.cpas-liege.be/fr/contact',
    'http://www.namur.be',
    'https://example.be/path?a=1&b=2#top',
    'mailto:info@cpas-liege.be',
    'tel:+3281246011',
  ])('keeps %j as it is', (url) => {
    expect(parseUrl(url, 'website')).toEqual({ value: url, findings: [] });
  });

  it('trims the link', () => {
    expect(parseUrl('  https://www.namur.be  ', 'website')).toEqual({
      value: 'https://www.namur.be',
      findings: [],
    });
  });

  it('adds https:// to a bare domain, with an info', () => {
    const parsed = parseUrl('www.cpas-liege.be', 'website');
    expect(parsed.value).toBe('https://www.cpas-liege.be');
    expect(parsed.findings).toEqual([
      expect.objectContaining({ field: 'website', severity: 'info', code: 'invalid_url' }),
    ]);
    expect(parseUrl('cpas-namur.be/aide?x=1', 'website').value).toBe(
      'https://cpas-namur.be/aide?x=1',
    );
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(document.cookie)',
    'data:text/html,<script>alert(1)</script>',
    'ftp://x',
    'file:///etc/passwd',
    'not a url',
    'https://exa mple.be',
    'www',
  ])('empties %j with a warning', (text) => {
    const parsed = parseUrl(text, 'website');
    expect(parsed.value).toBe('');
    expect(kinds(parsed.findings)).toEqual(['warning:invalid_url']);
    expect(parsed.findings[0]?.field).toBe('website');
  });

  it('leaves an empty link empty', () => {
    expect(parseUrl('', 'website')).toEqual({ value: '', findings: [] });
  });

  it('accepts exactly the links the URL parser reads as http, https, mailto or tel', () => {
    // Plainly valid links are accepted without a URL object: the URL parser decides every
    // other one, and both must agree on any text, tricky hosts, ports and paths included.
    const label = fc.constantFrom('a', 'www', 'cpas-liege', 'xn--zz', 'ab--c', '-a', 'a-', '0');
    const link = fc
      .tuple(
        fc.constantFrom('https://', 'http://', 'HTTPS://', '', 'mailto:', 'ftp://', 'https:/'),
        fc.array(label, { maxLength: 3 }),
        fc.constantFrom('be', 'COM', 'x', 'b1', '0x', '255', '', 'é'),
        fc.constantFrom('', '', ':8080', ':99999', ':', '.'),
        fc.array(fc.constantFrom('/', 'a', '?', '#', '%', '%zz', '@', "'", '\\', '|', 'é', ' '), {
          maxLength: 5,
        }),
      )
      .map(([scheme, labels, tld, port, path]) =>
        [scheme, [...labels, tld].join('.'), port, ...path].join(''),
      );
    const anyText = fc
      .array(fc.constantFrom('https://', 'www', '.', 'a', ':', '/', '@', ' ', 'é', '1.2.3.4'), {
        minLength: 1,
        maxLength: 8,
      })
      .map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(fc.oneof(link, anyText), (text) => {
        const value = text.trim();
        const candidate = /^[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?([/?#]\S*)?$/i.test(value)
          ? `https://${value}`
          : value;
        let safe = false;
        try {
          const { protocol } = new URL(candidate);
          safe = ['http:', 'https:', 'mailto:', 'tel:'].includes(protocol) && !/\s/.test(candidate);
        } catch {
          safe = false;
        }
        expect(parseUrl(text, 'website').value).toBe(value && safe ? candidate : '');
      }),
      { numRuns: 5000 },
    );
  });

  it('names the field it was given, even for a value seen before in another field', () => {
    expect(parseUrl('www.namur.be', 'website').findings[0]?.field).toBe('website');
    expect(parseUrl('www.namur.be', 'organization_website').findings[0]?.field).toBe(
      'organization_website',
    );
  });
});

describe('parseEmail', () => {
  it('keeps an address, trimmed and without a mailto: prefix', () => {
    expect(parseEmail('info@cpas-liege.be', 'email')).toEqual({
      value: 'info@cpas-liege.be',
      findings: [],
    });
    expect(parseEmail('  accueil@namur.be ', 'email').value).toBe('accueil@namur.be');
    expect(parseEmail('mailto:info@cpas.be', 'email').value).toBe('info@cpas.be');
    expect(parseEmail('MAILTO:info@cpas.be', 'email').value).toBe('info@cpas.be');
  });

  it('leaves an empty address empty', () => {
    expect(parseEmail('', 'email')).toEqual({ value: '', findings: [] });
  });

  it.each(['info at cpas.be', 'info@cpas', '@cpas.be', 'a b@cpas.be', 'info@@cpas.be'])(
    'empties %j with a warning',
    (text) => {
      const parsed = parseEmail(text, 'organization_email');
      expect(parsed.value).toBe('');
      expect(kinds(parsed.findings)).toEqual(['warning:invalid_email']);
      expect(parsed.findings[0]?.field).toBe('organization_email');
    },
  );
});

describe('parsePhone', () => {
  it.each([
    '+32 81 24 60 11',
    '081/24.60.11',
    '081 24 60 11',
    '0471 12 34 56',
    '+32 (0)4 220 58 00',
    '04 220 58 00 (accueil)',
    '081 24 60 11; 0471 12 34 56',
  ])('keeps %j as written', (text) => {
    expect(parsePhone(text, 'phone')).toEqual({ value: text, findings: [] });
  });

  it('drops a tel: prefix and surrounding spaces', () => {
    expect(parsePhone(' tel:+3281246011 ', 'phone')).toEqual({
      value: '+3281246011',
      findings: [],
    });
  });

  it('leaves an empty phone empty', () => {
    expect(parsePhone('', 'phone')).toEqual({ value: '', findings: [] });
  });

  it.each(['appeler le matin', '123', '081 24 60 11 ext. 5', '+32 81 24 60 11 12 34 56 78 90'])(
    'keeps %j but warns that it is not a phone number',
    (text) => {
      const parsed = parsePhone(text, 'phone');
      expect(parsed.value).toBe(text);
      expect(kinds(parsed.findings)).toEqual(['warning:invalid_value']);
      expect(parsed.findings[0]?.field).toBe('phone');
    },
  );
});

describe('parseEnterpriseNumber', () => {
  it.each([
    ['0203.201.340', '0203.201.340'],
    ['BE 0203 201 340', '0203.201.340'],
    ['BE0203201340', '0203.201.340'],
    ['203.201.340', '0203.201.340'],
    [' 0202-239-951 ', '0202.239.951'],
  ])('reads %j as %j', (text, value) => {
    expect(parseEnterpriseNumber(text, 'enterprise_number')).toEqual({ value, findings: [] });
  });

  it.each(['0203.201.341', '0203.201', '2203.201.340', 'en cours', '0203.201.340.1'])(
    'empties %j, which fails the modulo-97 check or is no number, with a warning',
    (text) => {
      const parsed = parseEnterpriseNumber(text, 'enterprise_number');
      expect(parsed.value).toBe('');
      expect(kinds(parsed.findings)).toEqual(['warning:invalid_value']);
      expect(parsed.findings[0]?.variant).toBe('enterpriseNumber');
    },
  );

  it('leaves an empty number empty', () => {
    expect(parseEnterpriseNumber('  ', 'enterprise_number')).toEqual({ value: '', findings: [] });
  });

  it('accepts exactly the numbers whose last two digits are 97 minus the first eight modulo 97', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 19_999_999 }), fc.nat({ max: 99 }), (base, check) => {
        const digits = `${String(base).padStart(8, '0')}${String(check).padStart(2, '0')}`;
        expect(passesModulo97(digits)).toBe(check === 97 - (base % 97));
      }),
    );
  });
});

describe('parseIsoDate', () => {
  it.each(['2024-03-01', '2024-02-29', '2000-02-29', '2023-12-31'])('keeps %j', (text) => {
    expect(parseIsoDate(text, 'last_verified')).toEqual({ value: text, findings: [] });
  });

  it('keeps the day of an ISO date-time silently', () => {
    expect(parseIsoDate('2024-03-01T10:15:00Z', 'last_verified')).toEqual({
      value: '2024-03-01',
      findings: [],
    });
    expect(parseIsoDate('2024-03-01 10:15:00+01:00', 'last_verified').value).toBe('2024-03-01');
  });

  it.each([
    ['01/03/2024', '2024-03-01'],
    ['1/3/2024', '2024-03-01'],
    ['01.03.2024', '2024-03-01'],
    ['01-03-2024', '2024-03-01'],
    ['31/12/2024', '2024-12-31'],
    ['29/02/2024', '2024-02-29'],
  ])('reads the Belgian day/month/year %j as %s, with an info', (text, iso) => {
    const parsed = parseIsoDate(text, 'last_verified');
    expect(parsed.value).toBe(iso);
    expect(parsed.findings).toEqual([
      expect.objectContaining({ field: 'last_verified', severity: 'info', code: 'invalid_date' }),
    ]);
  });

  it.each([
    '2024-02-30',
    '2023-02-29',
    '1900-02-29',
    '2024-13-01',
    '2024-00-10',
    '2024-04-31',
    '31/04/2024',
    '12/31/2024',
    'hier',
    '2024',
    '03/2024',
  ])('empties %j with a warning', (text) => {
    const parsed = parseIsoDate(text, 'last_verified');
    expect(parsed.value).toBe('');
    expect(kinds(parsed.findings)).toEqual(['warning:invalid_date']);
    expect(parsed.findings[0]?.message).toContain(text);
  });

  it('leaves an empty date empty', () => {
    expect(parseIsoDate('', 'last_verified')).toEqual({ value: '', findings: [] });
  });
});

describe('parseDecimal', () => {
  it.each([
    ['50.4', 50.4],
    ['50,4', 50.4],
    ['-3,5', -3.5],
    ['5.5767', 5.5767],
    ['1 234,5', 1234.5],
    ['1\u00a0234,5', 1234.5],
    ['1\u202f234,5', 1234.5],
    [' 42 ', 42],
    ['0', 0],
    ['.5', 0.5],
    ['1e3', 1000],
    ['-4.5E-2', -0.045],
  ])('reads %j as %d', (text, number) => {
    expect(parseDecimal(text, 'latitude')).toEqual({ value: number, findings: [] });
  });

  it('reads an empty cell as no number', () => {
    expect(parseDecimal('', 'latitude')).toEqual({ value: null, findings: [] });
    expect(parseDecimal('   ', 'latitude')).toEqual({ value: null, findings: [] });
  });

  it.each(['abc', '50,4,1', '1.234,5', '1,234.5', '4°30', 'Infinity', 'NaN', '1e999', '0x10'])(
    'rejects %j with an error',
    (text) => {
      const parsed = parseDecimal(text, 'longitude');
      expect(parsed.value).toBeNull();
      expect(kinds(parsed.findings)).toEqual(['error:invalid_value']);
      expect(parsed.findings[0]?.field).toBe('longitude');
      expect(parsed.findings[0]?.message).toContain(text);
    },
  );
});

describe('parseInteger', () => {
  it.each([
    ['42', 42],
    ['-7', -7],
    [' 4000 ', 4000],
    ['007', 7],
  ])('reads %j as %d', (text, number) => {
    expect(parseInteger(text, 'capacity')).toEqual({ value: number, findings: [] });
  });

  it('reads an empty cell as no number', () => {
    expect(parseInteger('', 'capacity')).toEqual({ value: null, findings: [] });
  });

  it.each(['4.5', '4,5', 'abc', '1 000', '12a'])('warns about %j', (text) => {
    const parsed = parseInteger(text, 'capacity');
    expect(parsed.value).toBeNull();
    expect(kinds(parsed.findings)).toEqual(['warning:invalid_value']);
    expect(parsed.findings[0]?.field).toBe('capacity');
  });
});
