import { LiveSet } from '../lib/live_set';
import type { GraphController } from './graph_controller';

/**
 * The network drawings alive on the page (one while the network view is shown): each adds
 * itself when made and leaves when destroyed. Apart from graph_controller.ts so that
 * whoever waits for a drawing (a feature, the test probe) does not load the network's code
 * before the user opens it.
 */
export const liveGraphControllers = new LiveSet<GraphController>();
