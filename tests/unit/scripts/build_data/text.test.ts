import { splitNotes, websiteUrl } from '../../../../scripts/build_data/text';

describe('websiteUrl', () => {
  it('keeps a link with a scheme and gives a bare domain https', () => {
    expect(websiteUrl('http://crvi.be')).toBe('http://crvi.be');
    expect(websiteUrl('www.swl.be')).toBe('https://www.swl.be');
    expect(websiteUrl('www.lire-et-ecrire.be/namur')).toBe('https://www.lire-et-ecrire.be/namur');
  });

  it('gives nothing for text that is not a link', () => {
    expect(websiteUrl('')).toBe('');
    expect(websiteUrl('see the page')).toBe('');
  });
});

describe('splitNotes', () => {
  it('separates how the commune was derived from the description', () => {
    expect(
      splitNotes(
        'Opened in 2022. | commune derived from locality "Jambes" via wallonia_postcode_localities_nis.csv',
      ),
    ).toEqual({
      description: 'Opened in 2022.',
      derivation: 'commune derived from locality "Jambes" via wallonia_postcode_localities_nis.csv',
    });
  });
});
