/**
 * The browser tests' and benchmarks' entry. index.html loads it only in a build or a dev
 * server run with VITE_TEST_HOOKS=1 (see testHooks in vite.config.ts), never in the app as
 * it ships, which knows nothing of it. It puts on window what they read:
 * - `__atlas`: the store, settled(), generated datasets (app_hooks.ts);
 * - `__atlasMap`: the map (map_probe.ts);
 * - `__atlasNetwork`: the network drawing (network_probe.ts).
 * Each is loaded apart, so that the scripts the page loads before its first paint are the
 * app's own, and none of them loads MapLibre or the network's code: they watch for the
 * controllers the app makes (liveMapControllers, liveGraphControllers).
 */
import { persister, store } from '../../src/app/instances';

void import('./map_probe').then(({ installMapProbe }) => installMapProbe(window));
void import('./network_probe').then(({ installNetworkProbe }) => installNetworkProbe(window));
void import('./app_hooks').then(({ installAppHooks }) => installAppHooks(window, store, persister));
