// @vitest-environment jsdom
import { act, fireEvent, screen } from '@testing-library/react';
import { PlaceOnMapButton } from '../../../../src/ui/map/PlaceOnMapButton';
import { loadedStore, renderAtlas } from '../render_atlas';

describe('the “Place on the map” button', () => {
  it('starts placing its location, shows it pressed, and cancels when pressed again', () => {
    const store = loadedStore();
    const location = store.getState().dataset.locations[0];
    if (!location) throw new Error('no location in the curated data');
    renderAtlas(<PlaceOnMapButton locationId={location.id} />, { store });
    const button = screen.getByRole('button', { name: 'Placer sur la carte' });
    expect(button).toHaveAttribute('aria-pressed', 'false');
    fireEvent.click(button);
    expect(store.getState().placing).toBe(location.id);
    expect(button).toHaveAttribute('aria-pressed', 'true');
    fireEvent.click(button);
    expect(store.getState().placing).toBeNull();
    expect(button).toHaveAttribute('aria-pressed', 'false');
  });

  it('takes the focus back when placement ends with the focus nowhere', () => {
    const store = loadedStore();
    const location = store.getState().dataset.locations[0];
    if (!location) throw new Error('no location in the curated data');
    renderAtlas(<PlaceOnMapButton locationId={location.id} />, { store });
    const button = screen.getByRole('button', { name: 'Placer sur la carte' });
    fireEvent.click(button);
    button.blur();
    expect(document.activeElement).toBe(document.body);
    act(() => store.getState().setPlacing(null));
    expect(document.activeElement).toBe(button);
  });
});
