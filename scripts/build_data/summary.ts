import type { Dataset } from '../../src/model/dataset';

function countBy<T>(items: readonly T[], keyOf: (item: T) => string): string {
  const counts = new Map<string, number>();
  for (const item of items) {
    const key = keyOf(item) || '(none)';
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, count]) => `${key} ${count}`)
    .join(', ');
}

/** The counts the build prints: records per table and per type, category, precision. */
export function summarize(dataset: Dataset): string[] {
  return [
    `organizations: ${dataset.organizations.length} (${countBy(dataset.organizations, (org) => org.org_type)})`,
    `services: ${dataset.services.length} (${countBy(dataset.services, (service) => service.category)})`,
    `locations: ${dataset.locations.length} (${countBy(dataset.locations, (location) => location.location_precision)})`,
    `service_at_location: ${dataset.service_at_locations.length}`,
    `relationships: ${dataset.relationships.length} (${countBy(dataset.relationships, (edge) => edge.type)})`,
    `indicators: ${dataset.indicators.length} (${countBy(dataset.indicators, (indicator) => indicator.indicator)})`,
  ];
}
