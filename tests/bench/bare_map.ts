/**
 * The benchmark's baseline: MapLibre alone drawing the same bundled boundaries and commune
 * labels as the Atlas, with the same glyphs, and nothing else. Sets window.__bareIdle when
 * the map first goes idle.
 */
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import arrondissementsUrl from '../../data/reference/arrondissements.geojson?url';
import communesUrl from '../../data/reference/communes.geojson?url';
import provincesUrl from '../../data/reference/provinces.geojson?url';

setWorkerUrl(workerUrl);
const map = new MapLibreMap({
  container: 'map',
  bounds: [2.84, 49.49, 6.41, 50.82],
  style: {
    version: 8,
    glyphs: `${window.location.origin}/fonts/{fontstack}/{range}.pbf`,
    sources: {
      communes: { type: 'geojson', data: communesUrl },
      arrondissements: { type: 'geojson', data: arrondissementsUrl },
      provinces: { type: 'geojson', data: provincesUrl },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#eef2f5' } },
      { id: 'communes-fill', type: 'fill', source: 'communes', paint: { 'fill-color': '#ffffff' } },
      { id: 'communes-line', type: 'line', source: 'communes', paint: { 'line-color': '#b8c2cc' } },
      {
        id: 'arrondissements-line',
        type: 'line',
        source: 'arrondissements',
        paint: { 'line-color': '#7d8a97', 'line-width': 1.5 },
      },
      {
        id: 'provinces-line',
        type: 'line',
        source: 'provinces',
        paint: { 'line-color': '#3d4a57', 'line-width': 2 },
      },
      {
        id: 'commune-labels',
        type: 'symbol',
        source: 'communes',
        layout: { 'text-field': ['get', 'name_fr'], 'text-font': ['dejavu-sans'], 'text-size': 11 },
      },
    ],
  },
});
map.once('idle', () => {
  (window as unknown as { __bareIdle: boolean }).__bareIdle = true;
});
