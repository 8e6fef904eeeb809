/**
 * What is wrong with a GeoJSON geometry (formats/geojson_shapes.ts GeometryFault), said
 * as the `{{fault}}` of the `invalid_geometry` finding's sentence (i18n/finding_text.ts;
 * import.ts spreads these into its namespace): `geometryProblem.<fault>` filled with the
 * geometry's `type`, the value `found` (written as JSON, the same in every language) and
 * `{{shape}}`, what the coordinates of its type are (`geometryShape.<type>`).
 */

const geometryProblemFr = {
  notObject: 'elle devrait être un objet avec un type et des coordonnées ; trouvé : {{found}}',
  noGeometries: 'une GeometryCollection devrait lister ses géométries ; trouvé : {{found}}',
  unknownType: '{{found}} n’est pas un type de géométrie GeoJSON (Point, Polygon, …)',
  coordinates: 'les coordonnées de ce {{type}} devraient être {{shape}} ; trouvé : {{found}}',
  coordinatesInside:
    'les coordonnées de ce {{type}} devraient être {{shape}} ; trouvé parmi elles : {{found}}',
  tooFew: 'les coordonnées de ce {{type}} devraient être {{shape}} ; il y en a trop peu',
};
const geometryProblemNl: typeof geometryProblemFr = {
  notObject: 'ze zou een object met een type en coördinaten moeten zijn; gevonden: {{found}}',
  noGeometries: 'een GeometryCollection zou haar geometrieën moeten opsommen; gevonden: {{found}}',
  unknownType: '{{found}} is geen GeoJSON-geometrietype (Point, Polygon, …)',
  coordinates: 'de coördinaten van deze {{type}} zouden {{shape}} moeten zijn; gevonden: {{found}}',
  coordinatesInside:
    'de coördinaten van deze {{type}} zouden {{shape}} moeten zijn; gevonden ertussen: {{found}}',
  tooFew: 'de coördinaten van deze {{type}} zouden {{shape}} moeten zijn; het zijn er te weinig',
};
const geometryProblemEn: typeof geometryProblemFr = {
  notObject: 'it should be an object with a type and coordinates; found {{found}}',
  noGeometries: 'a GeometryCollection should list its geometries; found {{found}}',
  unknownType: '{{found}} is not a GeoJSON geometry type (Point, Polygon, …)',
  coordinates: 'the coordinates of this {{type}} should be {{shape}}; found {{found}}',
  coordinatesInside:
    'the coordinates of this {{type}} should be {{shape}}; found {{found}} among them',
  tooFew: 'the coordinates of this {{type}} should be {{shape}}; there are too few',
};
/** Said after a colon: in German a whole sentence there starts with a capital. */
const geometryProblemDe: typeof geometryProblemFr = {
  notObject:
    'Die Geometrie sollte ein Objekt mit einem Typ und Koordinaten sein; gefunden: {{found}}',
  noGeometries: 'Eine GeometryCollection sollte ihre Geometrien auflisten; gefunden: {{found}}',
  unknownType: '{{found}} ist kein GeoJSON-Geometrietyp (Point, Polygon, …)',
  coordinates: 'Die Koordinaten dieses {{type}} sollten {{shape}} sein; gefunden: {{found}}',
  coordinatesInside:
    'Die Koordinaten dieses {{type}} sollten {{shape}} sein; darin gefunden: {{found}}',
  tooFew: 'Die Koordinaten dieses {{type}} sollten {{shape}} sein; es sind zu wenige',
};

const geometryShapeFr = {
  Point: 'une position (une liste de deux ou trois nombres)',
  MultiPoint: 'une liste de positions',
  LineString: 'une liste d’au moins deux positions',
  MultiLineString: 'une liste de lignes (des listes de positions)',
  Polygon: 'une liste d’anneaux (des listes de quatre positions ou plus)',
  MultiPolygon: 'une liste de polygones (des listes d’anneaux)',
};
const geometryShapeNl: typeof geometryShapeFr = {
  Point: 'een positie (een lijst van twee of drie getallen)',
  MultiPoint: 'een lijst van posities',
  LineString: 'een lijst van minstens twee posities',
  MultiLineString: 'een lijst van lijnen (lijsten van posities)',
  Polygon: 'een lijst van ringen (lijsten van vier of meer posities)',
  MultiPolygon: 'een lijst van polygonen (lijsten van ringen)',
};
const geometryShapeEn: typeof geometryShapeFr = {
  Point: 'a position (a list of two or three numbers)',
  MultiPoint: 'a list of positions',
  LineString: 'a list of at least two positions',
  MultiLineString: 'a list of lines (lists of positions)',
  Polygon: 'a list of rings (lists of four or more positions)',
  MultiPolygon: 'a list of polygons (lists of rings)',
};
const geometryShapeDe: typeof geometryShapeFr = {
  Point: 'eine Position (eine Liste von zwei oder drei Zahlen)',
  MultiPoint: 'eine Liste von Positionen',
  LineString: 'eine Liste von mindestens zwei Positionen',
  MultiLineString: 'eine Liste von Linien (Listen von Positionen)',
  Polygon: 'eine Liste von Ringen (Listen von vier oder mehr Positionen)',
  MultiPolygon: 'eine Liste von Polygonen (Listen von Ringen)',
};

export const geometryProblemMessages = {
  fr: { geometryProblem: geometryProblemFr, geometryShape: geometryShapeFr },
  nl: { geometryProblem: geometryProblemNl, geometryShape: geometryShapeNl },
  en: { geometryProblem: geometryProblemEn, geometryShape: geometryShapeEn },
  de: { geometryProblem: geometryProblemDe, geometryShape: geometryShapeDe },
};
