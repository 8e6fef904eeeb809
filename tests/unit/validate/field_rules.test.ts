import { stableId } from '../../../src/model/ids';
import { serviceSchema } from '../../../src/model/schemas';
import { evaluateDraft, readField } from '../../../src/validate/field_rules';
import { blankService, SERVICE_FIELDS } from '../../../src/validate/record_fields';

const service = {
  ...blankService(stableId('organization', 'rules')),
  name: 'Accueil',
  // Already in the data, and not a link the import would keep.
  url: 'ftp://example.org',
  source: 'test',
};
const draftOf = (fields: Record<string, string>) => ({
  name: 'Accueil',
  organization_id: service.organization_id,
  category: 'other',
  status: 'active',
  url: 'ftp://example.org',
  source: 'test',
  ...fields,
});

describe('the edit forms’ field rules', () => {
  it('reads a field with the import’s parser, and blocks what the import would drop', () => {
    expect(readField({ name: 'url', kind: 'url' }, 'www.forem.be')).toEqual({
      value: 'https://www.forem.be',
      problems: [
        { severity: 'info', key: 'problem.urlReadAs', values: { value: 'https://www.forem.be' } },
      ],
    });
    expect(readField({ name: 'email', kind: 'email' }, 'pas@adresse').problems).toEqual([
      { severity: 'error', key: 'problem.invalidEmail' },
    ]);
    expect(readField({ name: 'phone', kind: 'phone' }, 'voir site').problems[0]?.severity).toBe(
      'warning',
    );
    expect(readField({ name: 'languages', kind: 'languages' }, 'FR; Oekraïens').value).toEqual([
      'fr',
      'uk',
    ]);
  });

  it('changes only what the user touched; old problems of untouched fields do not block', () => {
    const initial = draftOf({});
    const edited = evaluateDraft({
      specs: SERVICE_FIELDS,
      draft: draftOf({ name: 'Accueil des familles' }),
      initial,
      seen: service,
      schema: serviceSchema,
      creating: false,
    });
    expect(edited.changes).toEqual({ name: 'Accueil des familles' });
    expect(edited.hasErrors).toBe(false);

    const emptied = evaluateDraft({
      specs: SERVICE_FIELDS,
      draft: draftOf({ name: '  ' }),
      initial,
      seen: service,
      schema: serviceSchema,
      creating: false,
    });
    expect(emptied.hasErrors).toBe(true);
    expect(emptied.problems.get('name')).toEqual([{ severity: 'error', key: 'problem.required' }]);

    const touchedUrl = evaluateDraft({
      specs: SERVICE_FIELDS,
      draft: draftOf({ url: 'ftp://example.org/' }),
      initial,
      seen: service,
      schema: serviceSchema,
      creating: false,
    });
    expect(touchedUrl.problems.get('url')).toEqual([
      { severity: 'error', key: 'problem.invalidUrl' },
    ]);
  });

  it('checks every field of a new record', () => {
    const created = evaluateDraft({
      specs: SERVICE_FIELDS,
      draft: draftOf({ source: '', organization_id: '' }),
      initial: draftOf({ source: '', organization_id: '' }),
      seen: blankService(''),
      schema: serviceSchema,
      creating: true,
    });
    expect(created.hasErrors).toBe(true);
    expect(created.problems.get('source')?.[0]?.key).toBe('problem.required');
    expect(created.problems.get('organization_id')?.[0]?.key).toBe('problem.required');
  });
});

describe('the form of a figure', () => {
  it('reads a value with a decimal comma, and blocks what is not a number', () => {
    expect(readField({ name: 'value', kind: 'decimal' }, '1 234,5')).toEqual({
      value: 1234.5,
      problems: [],
    });
    expect(readField({ name: 'value', kind: 'decimal' }, 'environ 12').problems).toEqual([
      { severity: 'error', key: 'problem.invalidNumber' },
    ]);
  });

  it('reads a reference date as an import does, into its ISO form', () => {
    const period = { name: 'reference_date', kind: 'period' } as const;
    expect(readField(period, 'janv. 2024').value).toBe('2024-01');
    expect(readField(period, '2024-T2').value).toBe('2024-Q2');
    expect(readField(period, '31/01/2024').value).toBe('2024-01-31');
    expect(readField(period, 'bientôt').problems).toEqual([
      { severity: 'error', key: 'problem.invalidPeriod' },
    ]);
  });
});
