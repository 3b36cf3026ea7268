import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCoordinates, parseCoordinate, parseLatLon, readDegrees, readLatLon } from './coordinates';

const KABUL_LAT = 34 + 33 / 60 + 12 / 3600;

describe('parseCoordinate', () => {
  it('reads decimal degrees with a point or a comma', () => {
    expect(parseCoordinate(34.5)).toBe(34.5);
    expect(parseCoordinate(' 34.5 ')).toBe(34.5);
    expect(parseCoordinate('34,5')).toBe(34.5);
    expect(parseCoordinate('.5')).toBe(0.5);
    expect(parseCoordinate('34.')).toBe(34);
    expect(parseCoordinate('+69')).toBe(69);
    expect(parseCoordinate('3.45E1')).toBe(34.5);
    expect(parseCoordinate('5e-324')).toBe(5e-324);
    expect(parseCoordinate('34.5°')).toBe(34.5);
  });

  it('reads the minus sign and the dashes people paste for one', () => {
    expect(parseCoordinate('-69.2')).toBe(-69.2);
    expect(parseCoordinate('\u221269.2')).toBe(-69.2);
    expect(parseCoordinate('\u201369.2')).toBe(-69.2);
    expect(parseCoordinate('\u201469.2')).toBe(-69.2);
    expect(parseCoordinate('\u2012 69.2')).toBe(-69.2);
  });

  it('reads a hemisphere letter or word before or after', () => {
    expect(parseCoordinate('34.5 N')).toBe(34.5);
    expect(parseCoordinate('N 34.5')).toBe(34.5);
    expect(parseCoordinate('34.5 S')).toBe(-34.5);
    expect(parseCoordinate('34.5S')).toBe(-34.5);
    expect(parseCoordinate('S34.5')).toBe(-34.5);
    expect(parseCoordinate('69.2W')).toBe(-69.2);
    expect(parseCoordinate('69.2 west')).toBe(-69.2);
    expect(parseCoordinate('e 69.2')).toBe(69.2);
  });

  it('reads degrees, minutes and seconds in the usual spellings', () => {
    for (const text of [
      '34°33′12″N',
      '34° 33′ 12″ N',
      `34° 33' 12" N`,
      `34°33'12''N`,
      '34º 33´ 12" N',
      '34:33:12N',
      '34:33:12',
      '34 33 12',
      '34d33m12s',
      '34d33m12sN',
      'N 34°33′12″',
      '34 deg 33 min 12 sec N',
    ]) {
      expect(parseCoordinate(text), text).toBeCloseTo(KABUL_LAT, 12);
    }
    expect(parseCoordinate('34°33′N')).toBeCloseTo(34.55, 12);
    expect(parseCoordinate('34°33.2′S')).toBeCloseTo(-(34 + 33.2 / 60), 12);
    expect(parseCoordinate('-34°33′')).toBeCloseTo(-34.55, 12);
  });

  it('gives null for empty and "invalid" for the rest', () => {
    expect(parseCoordinate('')).toBeNull();
    expect(parseCoordinate('  ')).toBeNull();
    expect(parseCoordinate(null)).toBeNull();
    expect(parseCoordinate('north')).toBe('invalid');
    expect(parseCoordinate('1,234.5')).toBe('invalid');
    expect(parseCoordinate(Infinity)).toBe('invalid');
    expect(parseCoordinate({})).toBe('invalid');
  });

  it('reads back any number it is given as text', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        expect(parseCoordinate(String(n))).toBe(n === 0 ? 0 : n);
      }),
    );
  });
});

describe('readDegrees', () => {
  const problem = (value: string) => {
    const read = readDegrees(value);
    return read && 'problem' in read ? read.problem : null;
  };

  it('keeps the hemisphere letter, so a latitude cell holding a longitude can be told', () => {
    expect(readDegrees('69°12′E')).toEqual({ degrees: 69.2, hemisphere: 'E' });
    expect(readDegrees('34.5')).toEqual({ degrees: 34.5, hemisphere: null });
  });

  it('says what it understood and what is wrong', () => {
    expect(problem('north')).toBe('"north" has no number of degrees in it');
    expect(problem('34.5 xyz')).toBe('"34.5 xyz": "34.5" reads as degrees, but "xyz" after it does not');
    expect(problem('1,234.5')).toBe('"1,234.5": "1,234" reads as degrees, but ".5" after it does not');
    expect(problem('34°73′N')).toBe('"34°73′N": 73 minutes is not under 60');
    expect(problem('34°33′75″N')).toBe('"34°33′75″N": 75 seconds is not under 60');
    expect(problem('34.5°30′')).toBe('"34.5°30′": 34.5 degrees with minutes after it should be whole');
    expect(problem('-34.5 S')).toBe('"-34.5 S" has both a minus sign and S: write one or the other');
    expect(problem('N 34.5 S')).toBe('"N 34.5 S" has two hemisphere letters, N and S');
    expect(problem('33′ 12″')).toBe('"33′ 12″": "33\'" gives minutes where degrees were expected');
  });
});

describe('parseLatLon', () => {
  it('reads a point in one cell, latitude first', () => {
    expect(parseLatLon('34.5553, 69.2075')).toEqual({ lat: 34.5553, lon: 69.2075 });
    expect(parseLatLon('34.5553,69.2075')).toEqual({ lat: 34.5553, lon: 69.2075 });
    expect(parseLatLon('34,5553; 69,2075')).toEqual({ lat: 34.5553, lon: 69.2075 });
    expect(parseLatLon('34,5553, 69,2075')).toEqual({ lat: 34.5553, lon: 69.2075 });
    expect(parseLatLon('34.5553 69.2075')).toEqual({ lat: 34.5553, lon: 69.2075 });
    expect(parseLatLon('-33.9, 18.4')).toEqual({ lat: -33.9, lon: 18.4 });
  });

  it('reads degrees and minutes with their letters, in either order', () => {
    expect(parseLatLon('34°33′N 69°12′E')).toEqual({ lat: 34.55, lon: 69.2 });
    expect(parseLatLon('69°12′E 34°33′N')).toEqual({ lat: 34.55, lon: 69.2 });
    expect(parseLatLon('34°33′N, 69°12′E')).toEqual({ lat: 34.55, lon: 69.2 });
    const read = parseLatLon(`34° 33' 12" S 69° 12' 0" W`);
    expect(read).not.toBe('invalid');
    expect(read && read !== 'invalid' && [read.lat, read.lon]).toEqual([-KABUL_LAT, -69.2]);
  });

  it('reads WKT points, longitude first, with Z, M and an SRID of 4326', () => {
    expect(parseLatLon('POINT(69.2075 34.5553)')).toEqual({ lat: 34.5553, lon: 69.2075 });
    expect(parseLatLon('point (69.2075 34.5553)')).toEqual({ lat: 34.5553, lon: 69.2075 });
    expect(parseLatLon('POINT Z (69.2 34.5 1800)')).toEqual({ lat: 34.5, lon: 69.2 });
    expect(parseLatLon('POINT ZM(69.2 34.5 1800 0)')).toEqual({ lat: 34.5, lon: 69.2 });
    expect(parseLatLon('SRID=4326;POINT(69.2 34.5)')).toEqual({ lat: 34.5, lon: 69.2 });
    expect(parseLatLon('POINT EMPTY')).toBeNull();
  });

  it('reads a GeoJSON point', () => {
    expect(parseLatLon('{"type":"Point","coordinates":[69.2,34.5]}')).toEqual({ lat: 34.5, lon: 69.2 });
  });

  it('gives null for empty and "invalid" for what is not a point', () => {
    expect(parseLatLon('')).toBeNull();
    expect(parseLatLon(undefined)).toBeNull();
    for (const text of [
      '34.5',
      'Kabul',
      'POINT(1)',
      '34,5553,69,2075',
      '34.5 N, 69.2 N',
      'LINESTRING(1 2, 3 4)',
    ]) {
      expect(parseLatLon(text), text).toBe('invalid');
    }
  });

  it('says why a cell is not a point', () => {
    const problem = (text: string) => {
      const read = readLatLon(text);
      return read && 'problem' in read ? read.problem : null;
    };
    expect(problem('34,5553,69,2075')).toBe(
      '"34,5553,69,2075" cannot be split into latitude and longitude: its commas could be decimal commas or separators',
    );
    expect(problem('34.5 N, 69.2 N')).toBe('"34.5 N, 69.2 N" gives two latitudes (N and N)');
    expect(problem('SRID=3857;POINT(7700000 4100000)')).toBe(
      '"SRID=3857;POINT(7700000 4100000)" is in SRID 3857, not longitude and latitude in degrees (SRID 4326)',
    );
    expect(problem('LINESTRING(1 2, 3 4)')).toBe(
      '"LINESTRING(1 2, 3 4)" is a LINESTRING: a cell can hold a point only (or load the file as GeoJSON)',
    );
    expect(problem('Kabul')).toBe('"Kabul" is not a point: found no latitude and longitude in it');
  });

  it('reads back any point written as "lat, lon" or in WKT', () => {
    const lat = fc.double({ min: -90, max: 90, noNaN: true });
    const lon = fc.double({ min: -180, max: 180, noNaN: true });
    fc.assert(
      fc.property(lat, lon, (la, lo) => {
        const plain = (n: number) => (Object.is(n, -0) ? 0 : n);
        expect(parseLatLon(`${la}, ${lo}`)).toEqual({ lat: plain(la), lon: plain(lo) });
        expect(parseLatLon(`POINT(${lo} ${la})`)).toEqual({ lat: plain(la), lon: plain(lo) });
      }),
    );
  });
});

describe('checkCoordinates', () => {
  it('keeps valid coordinates', () => {
    expect(checkCoordinates(34.5, 69.2)).toEqual({ lat: 34.5, lon: 69.2 });
    expect(checkCoordinates(-90, 180)).toEqual({ lat: -90, lon: 180 });
  });

  it('never swaps, but says when the other way round would make sense', () => {
    expect(checkCoordinates(120.5, 30)).toEqual({
      field: 'latitude',
      problem: '120.5 is outside -90 to 90',
      swappable: true,
    });
  });

  it('names the coordinate out of range', () => {
    expect(checkCoordinates(95, 95)).toEqual({
      field: 'latitude',
      problem: '95 is outside -90 to 90',
      swappable: false,
    });
    expect(checkCoordinates(10, 200)).toEqual({
      field: 'longitude',
      problem: '200 is outside -180 to 180',
      swappable: false,
    });
  });
});
