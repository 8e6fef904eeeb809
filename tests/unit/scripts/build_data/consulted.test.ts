import { consultedDate } from '../../../../scripts/build_data/consulted';

describe('consultedDate', () => {
  it('reads the day the sources were read from the shared README, across a line break', () => {
    expect(
      consultedDate(
        'Dates: everything here was gathered and read\non 2026-11-28, from stored copies',
      ),
    ).toBe('2026-11-28');
  });

  it('stops the build when the README does not say', () => {
    expect(() => consultedDate('Dates: see each SOURCES.md')).toThrow(/does not say when/);
  });
});
