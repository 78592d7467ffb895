// Distances between places, in one formula shared by the ranking and by what pages show, so a
// distance printed next to a clinician is the one that ranked them.

export const DEG = Math.PI / 180;
const EARTH_KM = 6371.0088;

/** The haversine term between two points given in radians, with their latitudes' cosines. */
export function haversine(
  latA: number,
  lonA: number,
  cosA: number,
  latB: number,
  lonB: number,
  cosB: number,
): number {
  const sinLat = Math.sin((latB - latA) / 2);
  const sinLon = Math.sin((lonB - lonA) / 2);
  return sinLat * sinLat + cosA * cosB * sinLon * sinLon;
}

export function kilometres(h: number): number {
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Haversine term → distance in 100 m steps, as shown to people (1.2 km). */
export function bucketOf(h: number): number {
  return Math.round(kilometres(h) * 10);
}

/** Great-circle distance in km from `a` to `b`. */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const latA = a.lat * DEG;
  const latB = b.lat * DEG;
  return kilometres(haversine(latA, a.lon * DEG, Math.cos(latA), latB, b.lon * DEG, Math.cos(latB)));
}
