package no.planvakt.format.sosi;

/**
 * What the {@code .HODE} says about coordinates: real east = ORIGO-E + integer × ENHET, likewise north.
 *
 * @param koordsys the SOSI code as given
 * @param srid     the EPSG code it maps to
 */
record SosiHeader(int koordsys, int srid, double unit, double originNorth, double originEast) {}
