import { rowsToDraw } from '../../../src/explore/site_columns';
import type { SiteRow } from '../../../src/explore/sites';

const row = (id: string, name = id) => ({ id, service: { name } }) as unknown as SiteRow;

describe('the rows the site table draws at once', () => {
  const drawn = [row('a'), row('b'), row('c')];

  it('are the new rows for an edit of listed sites, so the edit shows without waiting', () => {
    const edited = [drawn[0], row('b', 'Renamed'), drawn[2]] as SiteRow[];
    expect(rowsToDraw(edited, drawn, false)).toBe(edited);
  });

  it('wait for the deferred render for another filter, the same sites anew, or sorted rows', () => {
    const filtered = [drawn[0], drawn[2]] as SiteRow[];
    expect(rowsToDraw(filtered, drawn, false)).toBe(drawn);
    // The text filter gives a new list of the same sites: nothing to draw now.
    expect(rowsToDraw([...drawn], drawn, false)).toBe(drawn);
    // Sorted rows would all be sorted again: an edit waits too.
    const edited = [drawn[0], row('b', 'Renamed'), drawn[2]] as SiteRow[];
    expect(rowsToDraw(edited, drawn, true)).toBe(drawn);
  });
});
