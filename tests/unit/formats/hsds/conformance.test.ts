import { checkPackage } from '../../../../src/formats/hsds/conformance';
import { HSDS_DESCRIPTOR } from '../../../../src/formats/hsds/descriptor';
import { createI18n } from '../../../../src/i18n';
import { findingSentence } from '../../../../src/i18n/finding_text';

const ORG_A = '0a4bbd1e-6a4f-4f5e-9d5c-1e2f3a4b5c6d';
const ORG_B = '1b5cce2f-7b5a-4a6f-8e6d-2f3a4b5c6d7e';
const SERVICE = '2c6ddf3a-8c6b-4b7a-9f7e-3a4b5c6d7e8f';
const UNKNOWN = '3d7ee04b-9d7c-4c8b-8a8f-4b5c6d7e8f90';

function organization(id: string, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    id,
    name: 'CPAS de Namur',
    description: 'Public social welfare centre',
    email: '',
    ...overrides,
  };
}

function service(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    id: SERVICE,
    organization_id: ORG_A,
    name: 'Aide sociale',
    status: 'active',
    ...overrides,
  };
}

function codes(issues: ReturnType<typeof checkPackage>) {
  return issues.map(({ file, row, field, code }) => ({ file, row, field, code }));
}

describe('checkPackage', () => {
  it('finds nothing wrong in a conformant package', () => {
    const tables = {
      organization: [organization(ORG_A), organization(ORG_B, { email: 'info@cpas.be' })],
      service: [service({ assured_date: '2025-03-01', minimum_age: '18' })],
    };
    expect(checkPackage(tables, HSDS_DESCRIPTOR)).toEqual([]);
  });

  it('reports an empty required field at its file, row and field', () => {
    const tables = { organization: [organization(ORG_A)], service: [service({ name: ' ' })] };
    expect(codes(checkPackage(tables, HSDS_DESCRIPTOR))).toEqual([
      { file: 'services.csv', row: 2, field: 'name', code: 'missing_required' },
    ]);
  });

  it('reports a required column missing from the file once', () => {
    const tables = {
      organization: [
        { id: ORG_A, name: 'A' },
        { id: ORG_B, name: 'B' },
      ],
    };
    expect(codes(checkPackage(tables, HSDS_DESCRIPTOR))).toEqual([
      { file: 'organizations.csv', row: 1, field: 'description', code: 'missing_column' },
    ]);
  });

  it('reports values that do not fit the field type or format', () => {
    const tables = {
      organization: [organization('not-a-uuid', { email: 'nobody', year_incorporated: 'old' })],
      service: [service({ organization_id: 'not-a-uuid', assured_date: '2025-02-30' })],
    };
    expect(codes(checkPackage(tables, HSDS_DESCRIPTOR))).toEqual([
      { file: 'organizations.csv', row: 2, field: 'id', code: 'invalid_value' },
      { file: 'organizations.csv', row: 2, field: 'email', code: 'invalid_value' },
      { file: 'organizations.csv', row: 2, field: 'year_incorporated', code: 'invalid_value' },
      { file: 'services.csv', row: 2, field: 'organization_id', code: 'invalid_value' },
      { file: 'services.csv', row: 2, field: 'assured_date', code: 'invalid_value' },
    ]);
  });

  it('reports a value outside the enum', () => {
    const tables = { organization: [organization(ORG_A)], service: [service({ status: 'open' })] };
    const [issue] = checkPackage(tables, HSDS_DESCRIPTOR);
    expect(issue).toMatchObject({
      file: 'services.csv',
      row: 2,
      field: 'status',
      code: 'invalid_value',
    });
    expect(issue?.message).toContain('temporarily closed');
  });

  it('reports a repeated primary key at the second row', () => {
    const tables = {
      organization: [organization(ORG_A), organization(ORG_B), organization(ORG_A)],
    };
    expect(codes(checkPackage(tables, HSDS_DESCRIPTOR))).toEqual([
      { file: 'organizations.csv', row: 4, field: 'id', code: 'duplicate_id' },
    ]);
  });

  it('reports a repeated value of a unique field', () => {
    const term = (id: string) => ({ id, code: 'housing', name: 'Housing', description: 'Housing' });
    const tables = { taxonomy_term: [term(ORG_A), term(ORG_B)] };
    expect(codes(checkPackage(tables, HSDS_DESCRIPTOR))).toEqual([
      { file: 'taxonomy_terms.csv', row: 3, field: 'code', code: 'invalid_value' },
    ]);
  });

  it('reports a dangling foreign key, and not an empty optional one', () => {
    const tables = {
      organization: [organization(ORG_A)],
      service: [service(), service({ id: ORG_B, organization_id: UNKNOWN })],
      location: [{ id: UNKNOWN, location_type: 'physical', organization_id: '' }],
    };
    const issues = checkPackage(tables, HSDS_DESCRIPTOR);
    expect(codes(issues)).toEqual([
      { file: 'services.csv', row: 3, field: 'organization_id', code: 'dangling_reference' },
    ]);
    expect(issues[0]?.message).toContain(UNKNOWN);
  });

  it('counts a reference to a table absent from the package as dangling', () => {
    const tables = {
      organization: [organization(ORG_A)],
      service: [service({ program_id: UNKNOWN })],
    };
    expect(codes(checkPackage(tables, HSDS_DESCRIPTOR))).toEqual([
      { file: 'services.csv', row: 2, field: 'program_id', code: 'dangling_reference' },
    ]);
  });

  it('is generic over the descriptor', () => {
    const descriptor = {
      resources: [
        {
          name: 'visit',
          path: 'visits.csv',
          schema: {
            primaryKey: ['day', 'site'],
            fields: [
              { name: 'day', type: 'date', constraints: { required: true } },
              { name: 'site', type: 'integer', constraints: { required: true } },
              { name: 'mood', type: 'string', constraints: { enum: ['good', 'bad'] } },
            ],
            foreignKeys: [{ fields: 'site', reference: { resource: 'site', fields: 'id' } }],
          },
        },
        { name: 'site', path: 'sites.csv', schema: { fields: [{ name: 'id', type: 'integer' }] } },
      ],
    };
    const tables = {
      site: [{ id: '1' }],
      visit: [
        { day: '2025-01-01', site: '1', mood: 'good' },
        { day: '2025-01-01', site: '1', mood: 'meh' },
        { day: '2025-01-02', site: '2', mood: '' },
      ],
    };
    expect(codes(checkPackage(tables, descriptor))).toEqual([
      { file: 'visits.csv', row: 3, field: 'mood', code: 'invalid_value' },
      { file: 'visits.csv', row: 3, field: 'day,site', code: 'duplicate_id' },
      { file: 'visits.csv', row: 4, field: 'site', code: 'dangling_reference' },
    ]);
  });
});

describe('the conformance findings, in the interface languages', () => {
  const tables = {
    organization: [
      organization(ORG_A, { email: 'nobody' }),
      organization(ORG_A),
      { id: ORG_B, name: 'B' },
    ],
    service: [service({ status: 'open', organization_id: UNKNOWN, name: '' })],
  };
  const issues = checkPackage(tables, HSDS_DESCRIPTOR);

  it.each(['fr', 'nl', 'en', 'de'] as const)('says every one of them in %s', (language) => {
    const i18n = createI18n(language);
    expect(new Set(issues.map((issue) => issue.code)).size).toBeGreaterThanOrEqual(4);
    for (const issue of issues) {
      const sentence = findingSentence(issue, i18n);
      expect(sentence, `${issue.code} ${issue.variant}`).not.toBeNull();
      expect(sentence).not.toMatch(/\{\{|undefined/);
    }
  });

  it('names what a value should be in French and German', () => {
    const email = issues.find((issue) => issue.field === 'email');
    if (!email) throw new Error('an e-mail that is not one is reported');
    expect(findingSentence(email, createI18n('fr'))).toBe(
      'Non conforme à HSDS 3.0 : « nobody » n’est pas une adresse e-mail.',
    );
    expect(findingSentence(email, createI18n('de'))).toBe(
      'Nicht konform zu HSDS 3.0: „nobody“ ist nicht als E-Mail-Adresse lesbar.',
    );
  });
});
