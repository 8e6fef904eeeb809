/**
 * Duplicates benchmark: the finder on generated data, 100,000 sites of 5,000 organisations.
 *
 *   npm run bench:duplicates [-- --sites 100000 --organizations 5000 --runs 3]
 *
 * Sites are in real communes: two thirds at their own point (a few hundred metres around a
 * point inside the commune, some pairs closer than 50 m), a third at the commune's point;
 * names repeat so that some pairs are proposed. Every name is generated: no fact about any
 * real service. The last line is one JSON object {sites, organizations, pairs, find_ms, cpu_ms}.
 * Each figure is the median of the runs, after one warm-up run.
 */
import { parseArgs } from 'node:util';
import { findDuplicates } from '../src/analysis/duplicates/find_duplicates';
import type { Dataset } from '../src/model/dataset';
import { stableId } from '../src/model/ids';
import type { Location, Organization } from '../src/model/schemas';
import { loadGazetteer } from './lib/load_reference';

const { values } = parseArgs({
  options: {
    sites: { type: 'string', default: '100000' },
    organizations: { type: 'string', default: '5000' },
    runs: { type: 'string', default: '3' },
  },
});
const siteCount = Number(values.sites);
const organizationCount = Number(values.organizations);
const runs = Number(values.runs);

const gazetteer = await loadGazetteer();
const communes = gazetteer.communes;

function organization(index: number): Organization {
  return {
    id: stableId('organization', `bench ${index}`),
    name: `Organisation ${index % Math.floor(organizationCount * 0.9)}`,
    alternate_name: '',
    enterprise_number: '',
    description: '',
    org_type: 'ngo',
    level: 'local',
    website: `https://example.org/${index % Math.floor(organizationCount * 0.95)}`,
    email: '',
    phone: `081 ${String(100_000 + (index % Math.floor(organizationCount * 0.97)))}`,
    parent_organization_id: '',
    contact_person: '',
    notes: '',
    source: 'generated for a benchmark',
    source_consulted: '',
    last_verified: '',
  };
}

function location(index: number, organizations: Organization[]): Location {
  const commune = communes[(index * 7) % communes.length];
  if (!commune) throw new Error('the gazetteer has no communes');
  const [longitude, latitude] = commune.interior_point;
  const atCentre = index % 3 === 0;
  // Within about 500 m of the commune's point, north and east apart.
  const north = (((index * 37) % 1001) - 500) / 100_000;
  const east = (((index * 53) % 997) - 498) / 70_000;
  return {
    id: stableId('location', `bench ${index}`),
    organization_id: organizations[index % organizations.length]?.id ?? '',
    name: `Antenne ${index % 30_000}`,
    address_1: atCentre ? '' : `Rue ${index % 300}, ${1 + (index % 120)}`,
    postal_code: '',
    city: commune.name_fr,
    nis_code: commune.nis_code,
    latitude: atCentre ? latitude : latitude + north,
    longitude: atCentre ? longitude : longitude + east,
    location_precision: atCentre ? 'commune' : 'exact',
    source: 'generated for a benchmark',
    source_consulted: '',
    last_verified: '',
  };
}

const organizations = Array.from({ length: organizationCount }, (_, index) => organization(index));
const dataset: Dataset = {
  organizations,
  services: [],
  locations: Array.from({ length: siteCount }, (_, index) => location(index, organizations)),
  service_at_locations: [],
  relationships: [],
  indicators: [],
};

function median(list: number[]): number {
  const sorted = [...list].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

let pairs = 0;
const times: number[] = [];
const cpuTimes: number[] = [];
for (let run = 0; run <= runs; run += 1) {
  const start = performance.now();
  const cpu = process.cpuUsage();
  pairs = findDuplicates(dataset).length;
  const used = process.cpuUsage(cpu);
  if (run > 0) {
    times.push(performance.now() - start);
    cpuTimes.push((used.user + used.system) / 1000);
  }
}
const findMs = Math.round(median(times));
const cpuMs = Math.round(median(cpuTimes));
console.log(`${siteCount} sites, ${organizationCount} organisations: ${pairs} pairs`);
console.log(`findDuplicates: ${findMs} ms (median of ${runs} runs)`);
// On a shared machine the wall time includes waiting for a core: the CPU time does not (it
// includes the garbage collector's threads).
console.log(`findDuplicates: ${cpuMs} ms of CPU time`);
console.log(
  JSON.stringify({
    sites: siteCount,
    organizations: organizationCount,
    pairs,
    find_ms: findMs,
    cpu_ms: cpuMs,
  }),
);
