import '@testing-library/jest-dom/vitest';
import { installNetworkProbe } from './hooks/network_probe';

// The component tests in jsdom read the network drawing as the browser tests do.
if (typeof window !== 'undefined') installNetworkProbe(window);
