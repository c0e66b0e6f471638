import { describe, expect, it } from 'vitest';
import { NO_PLACE, reportedLocation } from './LocationPicker';

describe('the position a report sends', () => {
  const pin = { lat: 22.455, long: 103.915, zoom: 14 };
  it('is a pin the resident placed or took from their location, without the map’s zoom', () => {
    expect(reportedLocation({ pin, source: 'moved', areaId: 'xa-coc-san' })).toEqual({ lat: 22.455, long: 103.915 });
    expect(reportedLocation({ pin, source: 'mine', areaId: '' })).toEqual({ lat: 22.455, long: 103.915 });
  });

  it('is never a commune’s centre the pin merely started at, nor nothing', () => {
    expect(reportedLocation({ pin, source: 'commune', areaId: 'xa-coc-san' })).toBeNull();
    expect(reportedLocation(NO_PLACE)).toBeNull();
  });
});
