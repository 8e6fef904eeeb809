import type { LocationPrecision } from '../model/enums';
import type { Crs, Finding } from '../model/report';
import { parseCoordinateNumber } from './coordinates';
import { detectCrs, projectToWgs84 } from './crs';
import type { CommuneInfo, Gazetteer, PlaceInput, Placement, PostcodeInfo } from './types';

/**
 * Places one row: from its coordinates (WGS84 or Belgian Lambert), else its postcode's
 * centroid, else a point inside its commune. Every correction or doubt becomes a finding
 * (fields latitude/longitude/x/y/postal_code/city/nis_code). The row is rejected (error) only
 * when its only place fact is unusable coordinates; well-formed facts the gazetteer does not know
 * (a Brussels city or postcode) leave the site unplaced with warnings, for the caller to judge.
 */

const CRS_LABELS: Record<Crs, string> = {
  'EPSG:4326': 'WGS84 (EPSG:4326)',
  'EPSG:31370': 'Belgian Lambert 72 (EPSG:31370)',
  'EPSG:3812': 'Belgian Lambert 2008 (EPSG:3812)',
};

/** The systems' names in a message of any language. */
const CRS_NAMES: Record<Crs, string> = {
  'EPSG:4326': 'WGS84 (EPSG:4326)',
  'EPSG:31370': 'Lambert 72 (EPSG:31370)',
  'EPSG:3812': 'Lambert 2008 (EPSG:3812)',
};

const UPDATE_REASONS = {
  renumbered_2019: 'the commune was renumbered on 1 January 2019',
  merged_2025: 'the commune was merged into a new one on 1 January 2025',
} as const;

/**
 * How far around a point the commune borders are searched (in degrees, about 250 m), because
 * the boundaries are generalised to 100-200 m: a point this close to the named commune is
 * taken as being in it.
 */
const BORDER_TOLERANCE_LAT = 0.00225;
const BORDER_TOLERANCE_LON = 0.0035;

const round6 = (value: number): number => {
  const rounded = Math.round(value * 1e6) / 1e6;
  return Object.is(rounded, -0) ? 0 : rounded;
};

const inRange = (value: number, min: number, max: number): boolean => value >= min && value <= max;

function communeLabel(commune: CommuneInfo): string {
  return `${commune.name_fr} (NIS ${commune.nis_code})`;
}

function communeList(gazetteer: Gazetteer, codes: readonly string[]): string {
  return codes
    .map((code) => {
      const commune = gazetteer.communeByNis(code);
      return commune ? communeLabel(commune) : `NIS ${code}`;
    })
    .join(', ');
}

interface Point {
  longitude: number;
  latitude: number;
}

/** The coordinates of the row in WGS84, or null (with findings saying why) when none are usable. */
function readPoint(input: PlaceInput, findings: Finding[]): Point | null {
  const x = input.x.trim();
  const y = input.y.trim();
  const latitudeText = input.latitude.trim();
  const longitudeText = input.longitude.trim();
  if (x !== '' || y !== '') {
    const point = readProjected(x, y, input.crs, findings);
    if (point || (latitudeText === '' && longitudeText === '')) return point;
  }
  if (latitudeText === '' && longitudeText === '') return null;
  if (latitudeText === '' || longitudeText === '') {
    const [given, missing] =
      latitudeText === '' ? ['longitude', 'latitude'] : ['latitude', 'longitude'];
    findings.push({
      field: missing,
      severity: 'warning',
      code: 'invalid_coordinate',
      message: `The ${given} is given (${latitudeText || longitudeText}) but the ${missing} is empty; the coordinates are ignored`,
      variant: 'half',
      values: { value: latitudeText || longitudeText },
    });
    return null;
  }
  const latitude = parseCoordinateNumber(latitudeText);
  const longitude = parseCoordinateNumber(longitudeText);
  if (latitude === null || longitude === null) {
    const field = latitude === null ? 'latitude' : 'longitude';
    findings.push({
      field,
      severity: 'warning',
      code: 'invalid_coordinate',
      message: `The ${field} "${field === 'latitude' ? latitudeText : longitudeText}" is not a number; the coordinates are ignored`,
      variant: 'notNumber',
      values: { value: field === 'latitude' ? latitudeText : longitudeText },
    });
    return null;
  }
  // Lambert coordinates in the latitude/longitude columns: declared by the file, or plain to see.
  const projected =
    input.crs === 'EPSG:31370' || input.crs === 'EPSG:3812'
      ? input.crs
      : Math.abs(latitude) > 90 || Math.abs(longitude) > 180
        ? detectCrs([[longitude, latitude]])
        : null;
  if (projected === 'EPSG:31370' || projected === 'EPSG:3812') {
    const [lon, lat] = projectToWgs84(projected, longitude, latitude);
    findings.push({
      field: 'latitude',
      severity: 'info',
      code: 'coordinates_reprojected',
      message: `The coordinates (x ${longitudeText}, y ${latitudeText}) are in ${CRS_LABELS[projected]}${input.crs === projected ? '' : ' (detected from their values)'}; reprojected to WGS84 latitude ${round6(lat)}, longitude ${round6(lon)}`,
      ...(input.crs === projected ? {} : { variant: 'detected' }),
      values: {
        x: longitudeText,
        y: latitudeText,
        crs: CRS_NAMES[projected],
        latitude: round6(lat),
        longitude: round6(lon),
      },
    });
    return { longitude: lon, latitude: lat };
  }
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
    const field = Math.abs(latitude) > 90 ? 'latitude' : 'longitude';
    findings.push({
      field,
      severity: 'warning',
      code: 'invalid_coordinate',
      message: `The coordinates (latitude ${latitudeText}, longitude ${longitudeText}) are out of range (latitude within ±90, longitude within ±180); they are ignored`,
      variant: 'outOfRange',
      values: { latitude: latitudeText, longitude: longitudeText },
    });
    return null;
  }
  if (latitude === 0 && longitude === 0) {
    findings.push({
      field: 'latitude',
      severity: 'warning',
      code: 'invalid_coordinate',
      message: 'The coordinates are 0, 0, a placeholder rather than a place; they are ignored',
      variant: 'zero',
      values: {},
    });
    return null;
  }
  if (inRange(latitude, 2, 7) && inRange(longitude, 49, 52)) {
    findings.push({
      field: 'latitude',
      severity: 'warning',
      code: 'coordinates_swapped',
      message: `Latitude ${latitudeText} and longitude ${longitudeText} look swapped (Belgium is at latitude 49-52, longitude 2-7); swapped them`,
      values: { latitude: latitudeText, longitude: longitudeText },
    });
    return { longitude: latitude, latitude: longitude };
  }
  return { longitude, latitude };
}

function readProjected(x: string, y: string, crs: Crs | null, findings: Finding[]): Point | null {
  const xValue = parseCoordinateNumber(x);
  const yValue = parseCoordinateNumber(y);
  if (xValue === null || yValue === null) {
    const field = xValue === null ? 'x' : 'y';
    const value = field === 'x' ? x : y;
    findings.push({
      field,
      severity: 'warning',
      code: 'invalid_coordinate',
      message:
        value === ''
          ? `The ${field === 'x' ? 'y' : 'x'} coordinate is given but ${field} is empty; the coordinates are ignored`
          : `The ${field} coordinate "${value}" is not a number; the coordinates are ignored`,
      variant: value === '' ? 'half' : 'notNumber',
      values: { value: value === '' ? (field === 'x' ? y : x) : value },
    });
    return null;
  }
  const used = crs ?? detectCrs([[xValue, yValue]]);
  if (used === null) {
    findings.push({
      field: 'x',
      severity: 'warning',
      code: 'invalid_coordinate',
      message: `The coordinates x ${x}, y ${y} are neither Belgian Lambert 72, Lambert 2008 nor WGS84 values for Belgium; they are ignored`,
      variant: 'unknownCrs',
      values: { x, y },
    });
    return null;
  }
  const [longitude, latitude] = projectToWgs84(used, xValue, yValue);
  if (!Number.isFinite(longitude) || !Number.isFinite(latitude)) {
    findings.push({
      field: 'x',
      severity: 'warning',
      code: 'invalid_coordinate',
      message: `The coordinates x ${x}, y ${y} cannot be projected from ${CRS_LABELS[used]}; they are ignored`,
      variant: 'notProjectable',
      values: { x, y, crs: CRS_NAMES[used] },
    });
    return null;
  }
  return { longitude, latitude };
}

/** The communes at and right around a point (border tolerance), the one containing it first. */
function communesNear(gazetteer: Gazetteer, point: Point): CommuneInfo[] {
  const found: CommuneInfo[] = [];
  const add = (commune: CommuneInfo | undefined) => {
    if (commune && !found.includes(commune)) found.push(commune);
  };
  add(gazetteer.communeAt(point.longitude, point.latitude));
  for (const [dx, dy] of [
    [1, 0],
    [-1, 0],
    [0, 1],
    [0, -1],
    [0.7, 0.7],
    [-0.7, 0.7],
    [0.7, -0.7],
    [-0.7, -0.7],
  ] as const) {
    add(
      gazetteer.communeAt(
        point.longitude + dx * BORDER_TOLERANCE_LON,
        point.latitude + dy * BORDER_TOLERANCE_LAT,
      ),
    );
  }
  return found;
}

/** The commune the row names: by NIS code, else by name (the postcode breaking ties). */
interface Named {
  byNis: CommuneInfo | undefined;
  byCity: CommuneInfo[];
  byPostcode: CommuneInfo | undefined;
}

function readNis(text: string, gazetteer: Gazetteer, findings: Finding[]): CommuneInfo | undefined {
  if (text === '') return undefined;
  if (!/^\d{5}$/.test(text)) {
    findings.push({
      field: 'nis_code',
      severity: 'warning',
      code: 'invalid_value',
      message: `The NIS code "${text}" is not a 5-digit commune code; it is ignored`,
      variant: 'nisCode',
      values: { value: text },
    });
    return undefined;
  }
  let code = text;
  const update = gazetteer.updateNis(code);
  if (update) {
    findings.push({
      field: 'nis_code',
      severity: 'info',
      code: 'nis_code_updated',
      message: `NIS code ${update.from} is now ${update.to}: ${UPDATE_REASONS[update.reason]}`,
      variant: update.reason,
      values: { from: update.from, to: update.to },
    });
    code = update.to;
  }
  const commune = gazetteer.communeByNis(code);
  if (!commune) {
    findings.push({
      field: 'nis_code',
      severity: 'warning',
      code: 'unknown_commune',
      message: `NIS code ${code} is not a Walloon commune; it is ignored`,
      variant: 'nisCode',
      values: { code },
    });
  }
  return commune;
}

function readPostcode(
  text: string,
  gazetteer: Gazetteer,
  findings: Finding[],
): { cleaned: string; info: PostcodeInfo | undefined } {
  const match = /^(?:B\s*-?\s*)?(\d{4})$/i.exec(text);
  const cleaned = match?.[1] ?? text;
  if (text === '') return { cleaned, info: undefined };
  const info = match ? gazetteer.postcode(cleaned) : undefined;
  if (!info) {
    findings.push({
      field: 'postal_code',
      severity: 'warning',
      code: 'unknown_postcode',
      message: match
        ? `Postcode ${cleaned} is not a Walloon postcode`
        : `Postcode "${text}" is not a 4-digit Belgian postcode`,
      variant: match ? 'notWalloon' : 'format',
      values: { value: match ? cleaned : text },
    });
  }
  return { cleaned, info };
}

export function placeLocation(input: PlaceInput, gazetteer: Gazetteer): Placement {
  const findings: Finding[] = [];
  const city = input.city.trim();
  const nisText = input.nis_code.trim();
  const postcodeText = input.postal_code.trim();
  const anyPlace = [input.latitude, input.longitude, input.x, input.y, postcodeText, city, nisText]
    .map((value) => value.trim())
    .some((value) => value !== '');
  if (!anyPlace) {
    return {
      latitude: null,
      longitude: null,
      location_precision: '',
      nis_code: '',
      postal_code: '',
      city: '',
      findings,
    };
  }

  const byNis = readNis(nisText, gazetteer, findings);
  const postcode = readPostcode(postcodeText, gazetteer, findings);
  const postcodeCodes = postcode.info?.nis_codes ?? [];
  let byCity = city === '' ? [] : gazetteer.communesByName(city);
  if (byCity.length > 1) {
    const narrowed = byCity.filter((commune) => postcodeCodes.includes(commune.nis_code));
    if (narrowed.length > 0) byCity = narrowed;
  }
  const firstPostcodeCode = postcodeCodes[0];
  const named: Named = {
    byNis,
    byCity,
    byPostcode:
      postcodeCodes.length === 1 && firstPostcodeCode
        ? gazetteer.communeByNis(firstPostcodeCode)
        : undefined,
  };
  /** The one commune the row's facts name, if any (NIS, then city, then a one-commune postcode). */
  const declared: CommuneInfo | undefined =
    named.byNis ??
    (named.byCity.length === 1 ? named.byCity[0] : undefined) ??
    (named.byCity.length === 0 ? named.byPostcode : undefined);

  const point = readPoint(input, findings);
  let longitude: number | null = null;
  let latitude: number | null = null;
  let precision: LocationPrecision | '' = '';
  let commune: CommuneInfo | undefined;

  if (point) {
    longitude = point.longitude;
    latitude = point.latitude;
    const stated = input.location_precision.trim();
    const approximate = stated === 'postcode' || stated === 'commune';
    precision = approximate ? stated : 'exact';
    const inside = gazetteer.isNearWallonia(point.longitude, point.latitude)
      ? gazetteer.communeAt(point.longitude, point.latitude)
      : undefined;
    // The border tolerance is only looked at when the point and the row disagree.
    const near =
      inside && (!declared || declared === inside)
        ? [inside]
        : gazetteer.isNearWallonia(point.longitude, point.latitude)
          ? communesNear(gazetteer, point)
          : [];
    if (near.length === 0) {
      findings.push({
        field: 'latitude',
        severity: 'warning',
        code: 'coordinates_outside_wallonia',
        message: `The point (latitude ${round6(point.latitude)}, longitude ${round6(point.longitude)}) is outside Wallonia; kept as given`,
        values: { latitude: round6(point.latitude), longitude: round6(point.longitude) },
      });
      commune = declared;
    } else if (declared && (approximate || near.includes(declared))) {
      // An approximate point (postcode centroid, commune point) or one within the border
      // tolerance of the named commune: the named commune stands.
      commune = declared;
    } else {
      commune = inside ?? near.find((c) => postcodeCodes.includes(c.nis_code)) ?? near[0];
      if (commune) {
        const mismatch = describeMismatch(named, postcodeCodes, near, commune, gazetteer);
        if (mismatch) findings.push(mismatch);
      }
    }
  } else {
    const centroid = postcode.info?.centroid ?? null;
    const postcodeFits =
      declared !== undefined &&
      (postcodeCodes.length === 0 || postcodeCodes.includes(declared.nis_code));
    if (declared && postcode.info && !postcodeFits) {
      // The row names a commune its postcode does not belong to: the named commune stands
      // (it is what the commune filter and the commune's panel go by), placed inside it.
      commune = declared;
      [longitude, latitude] = declared.interior_point;
      precision = 'commune';
      findings.push({
        field: named.byNis ? 'nis_code' : 'city',
        severity: 'warning',
        code: 'commune_mismatch',
        message: `The row names ${communeLabel(declared)}, but postcode ${postcode.cleaned} belongs to ${communeList(gazetteer, postcodeCodes)}; placed inside ${communeLabel(declared)}`,
        variant: 'postcode',
        values: {
          named: communeLabel(declared),
          postcode: postcode.cleaned,
          communes: communeList(gazetteer, postcodeCodes),
        },
      });
    } else if (postcode.info && centroid) {
      [longitude, latitude] = centroid;
      precision = 'postcode';
      if (declared) {
        commune = declared;
      } else if (postcodeCodes.length === 1) {
        commune = named.byPostcode;
      } else if (postcodeCodes.length > 1) {
        // A postcode shared by several communes does not say which one: none is invented.
        findings.push({
          field: 'postal_code',
          severity: 'warning',
          code: 'unknown_commune',
          message: `Postcode ${postcode.cleaned} is shared by ${communeList(gazetteer, postcodeCodes)}; give the commune or its NIS code to choose. Placed at the postcode, commune left empty`,
          variant: 'sharedPostcode',
          values: { postcode: postcode.cleaned, communes: communeList(gazetteer, postcodeCodes) },
        });
      } else {
        // A postcode whose localities name no commune: the commune containing its centroid.
        commune = gazetteer.communeAt(centroid[0], centroid[1]);
      }
    } else if (declared) {
      commune = declared;
      [longitude, latitude] = declared.interior_point;
      precision = 'commune';
    } else {
      const coordinatesGiven = [input.latitude, input.longitude, input.x, input.y].some(
        (value) => value.trim() !== '',
      );
      if (coordinatesGiven) {
        // Broken coordinates and no known postcode or commune to fall back on: the row must be fixed.
        findings.push({
          field: input.x.trim() !== '' || input.y.trim() !== '' ? 'x' : 'latitude',
          severity: 'error',
          code: 'invalid_coordinate',
          message: `The coordinates are unusable and no known Walloon postcode or commune${describeGiven(postcodeText, city, nisText)} can place the site instead`,
          variant: 'unplaceable',
          values: { given: givenValues(postcodeText, city, nisText) },
        });
      } else {
        // Well-formed facts the gazetteer does not know (e.g. a site in Brussels): kept, unplaced.
        findings.push({
          field: null,
          severity: 'warning',
          code: 'no_location',
          message: `No usable coordinates, and no known Walloon postcode or commune${describeGiven(postcodeText, city, nisText)}: the site is not placed on the map`,
          variant: 'unknownPlace',
          values: { given: givenValues(postcodeText, city, nisText) },
        });
      }
    }
  }

  if (!commune && named.byCity.length > 1) {
    findings.push({
      field: 'city',
      severity: 'warning',
      code: 'unknown_commune',
      message: `"${city}" is the name of several communes (${named.byCity.map(communeLabel).join(', ')}); give the postcode or NIS code to choose`,
      variant: 'ambiguousCity',
      values: { city, communes: named.byCity.map(communeLabel).join(', ') },
    });
  }
  if (!commune && city !== '' && named.byCity.length === 0) {
    findings.push({
      field: 'city',
      severity: 'warning',
      code: 'unknown_commune',
      message: `"${city}" is not the name of a Walloon commune, and no NIS code, postcode or point gives the commune`,
      variant: 'city',
      values: { city },
    });
  }

  return {
    latitude: latitude === null ? null : round6(latitude),
    longitude: longitude === null ? null : round6(longitude),
    location_precision: precision,
    nis_code: commune?.nis_code ?? '',
    postal_code: postcode.cleaned,
    city: city !== '' ? city : (commune?.name_fr ?? ''),
    findings,
  };
}

function describeGiven(postcode: string, city: string, nis: string): string {
  const parts = [
    postcode ? `postcode "${postcode}"` : '',
    city ? `city "${city}"` : '',
    nis ? `NIS code "${nis}"` : '',
  ].filter((part) => part !== '');
  return parts.length > 0 ? ` (given: ${parts.join(', ')})` : '';
}

/** What the row gives to place a site, as written, for a message: "1000, Bruxelles". */
function givenValues(postcode: string, city: string, nis: string): string {
  return [postcode, city, nis].filter((part) => part !== '').join(', ');
}

/** A commune_mismatch when the row names a commune other than the one the point is in. */
function describeMismatch(
  named: Named,
  postcodeCodes: readonly string[],
  near: readonly CommuneInfo[],
  commune: CommuneInfo,
  gazetteer: Gazetteer,
): Finding | undefined {
  const at = `the point is in ${communeLabel(commune)}`;
  const where = { commune: communeLabel(commune), code: commune.nis_code };
  if (named.byNis && !near.includes(named.byNis)) {
    return {
      field: 'nis_code',
      severity: 'warning',
      code: 'commune_mismatch',
      message: `NIS code ${named.byNis.nis_code} is ${named.byNis.name_fr}, but ${at}; using ${commune.nis_code}`,
      variant: 'nisPoint',
      values: { ...where, nis: named.byNis.nis_code, name: named.byNis.name_fr },
    };
  }
  const postcodeFits = near.some((c) => postcodeCodes.includes(c.nis_code));
  // The city a person wrote is never dropped in silence, even when the postcode agrees
  // with the point: one of the two facts is wrong, and only a person can say which.
  if (!named.byNis && named.byCity.length > 0 && !named.byCity.some((c) => near.includes(c))) {
    const located = postcodeFits
      ? `the postcode and the point are in ${communeLabel(commune)}`
      : at;
    return {
      field: 'city',
      severity: 'warning',
      code: 'commune_mismatch',
      message: `The city is ${named.byCity.map(communeLabel).join(' or ')}, but ${located}; using ${commune.nis_code}`,
      variant: postcodeFits ? 'cityPostcodePoint' : 'cityPoint',
      values: { ...where, communes: named.byCity.map(communeLabel).join(', ') },
    };
  }
  if (!named.byNis && named.byCity.length === 0 && postcodeCodes.length > 0 && !postcodeFits) {
    return {
      field: 'postal_code',
      severity: 'warning',
      code: 'commune_mismatch',
      message: `The postcode belongs to ${communeList(gazetteer, postcodeCodes)}, but ${at}; using ${commune.nis_code}`,
      variant: 'postcodePoint',
      values: { ...where, communes: communeList(gazetteer, postcodeCodes) },
    };
  }
  return undefined;
}
