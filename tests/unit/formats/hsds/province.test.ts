import { provinceOfNis } from '../../../../src/formats/hsds/province';

describe('provinceOfNis', () => {
  it.each([
    ['25072', 'Brabant wallon'],
    ['57081', 'Hainaut'],
    ['62063', 'Liège'],
    ['63004', 'Liège'],
    ['82039', 'Luxembourg'],
    ['92094', 'Namur'],
    ['24062', 'Vlaams-Brabant'],
    ['21004', 'Région de Bruxelles-Capitale'],
  ])('gives the province of commune %s', (nisCode, province) => {
    expect(provinceOfNis(nisCode)).toBe(province);
  });

  it.each(['', '03000', '01000', '2507', 'abcde'])(
    'gives none for %j, which names no commune of a province',
    (nisCode) => {
      expect(provinceOfNis(nisCode)).toBe('');
    },
  );
});
