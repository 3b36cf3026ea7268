import { describe, expect, it } from 'vitest';
import { datasetLine } from './dataset-line';

const HOW_TO_BEGIN = 'Pick an event on the map or in the list, or drag the timeline.';

describe('datasetLine', () => {
  it("takes the first sentence of the dataset's description, then how to begin", () => {
    expect(
      datasetLine(
        'Attacks and arrests in Pakistan (2003-2025). Each event cites its sources.',
        19,
        [2003, 2025],
      ),
    ).toEqual({ what: 'Attacks and arrests in Pakistan (2003-2025).', how: HOW_TO_BEGIN });
  });

  it('keeps a description without a full stop whole', () => {
    expect(datasetLine('  Floods in the valley ', 3, null)).toEqual({
      what: 'Floods in the valley',
      how: HOW_TO_BEGIN,
    });
  });

  it('says how many events over which years when the data has no description', () => {
    expect(datasetLine(undefined, 1234, [2001, 2024])).toEqual({
      what: '1,234 events from 2001 to 2024, on a map and a timeline.',
      how: HOW_TO_BEGIN,
    });
    expect(datasetLine('', 1, [2020, 2020])).toEqual({
      what: '1 event in 2020, on a map and a timeline.',
      how: HOW_TO_BEGIN,
    });
  });
});
