import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csvCell, eventsCsv, eventView, mapGeoJson, CSV_COLUMNS } from '../../src/control/index.js';
import { ev } from './fixtures.js';

test('CSV cells are quoted as RFC 4180 says: commas, quotes and line breaks', () => {
  assert.equal(csvCell('plain'), 'plain');
  assert.equal(csvCell('Kunduz, Afghanistan'), '"Kunduz, Afghanistan"');
  assert.equal(csvCell('the "Islamic Emirate"'), '"the ""Islamic Emirate"""');
  assert.equal(csvCell('line one\nline two'), '"line one\nline two"');
  assert.equal(csvCell(null), '');
  assert.equal(csvCell(-12.5), '-12.5');
});

test('CSV text cells that a spreadsheet would run as formulas get a leading quote', () => {
  assert.equal(csvCell('=HYPERLINK("http://x")'), `"'=HYPERLINK(""http://x"")"`);
  assert.equal(csvCell('+1 district'), "'+1 district");
  assert.equal(csvCell('-rebels'), "'-rebels");
  assert.equal(csvCell('@spokesman'), "'@spokesman");
});

test('the events CSV has the ACLED column names first and one row per event', () => {
  const e = eventView(ev({ sentence: 'Fighters seized the town, "without a shot", officials said.' }), 'inc:1');
  const csv = eventsCsv([e]);
  const [header, row, end] = csv.split('\r\n');
  assert.equal(header, CSV_COLUMNS.join(','));
  assert.ok(header.startsWith('event_date,event_type,sub_event_type,actor1,actor2,country,admin1,admin2,location,latitude,longitude,geo_precision,time_precision,source,notes,status,evidence,document_url'));
  assert.ok(row.startsWith('2021-07-04,Battles,Non-state actor overtakes territory,Taliban,,AF,Kunduz,Khan Abad,Khan Abad,36.7,69.1,2,1,Example Wire,'));
  assert.ok(row.includes('"Fighters seized the town, ""without a shot"", officials said."'));
  assert.equal(end, '');
});

test('the GeoJSON map is a FeatureCollection of points carrying the map properties', () => {
  const geo = mapGeoJson({
    as_of: '2021-07-04',
    theater: 'test',
    places: [{ id: 'p1', name: 'Khan Abad', admin1: 'Kunduz', country: 'AF', lat: 36.7, lon: 69.1, controller: 'taliban', status: 'assessed', since: '2021-07-04', evidence: [] }],
  }) as { type: string; features: { geometry: { type: string; coordinates: number[] }; properties: Record<string, unknown> }[] };
  assert.equal(geo.type, 'FeatureCollection');
  assert.deepEqual(geo.features[0].geometry, { type: 'Point', coordinates: [69.1, 36.7] });
  assert.equal(geo.features[0].properties.controller, 'taliban');
});
