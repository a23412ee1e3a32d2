import { describe, expect, it } from 'vitest';
import { fromGrid, toGrid } from '../../../../engine/profile/hours-grid';

describe('hours grid', () => {
  it('spreads ranges over days and writes them back compactly', () => {
    const value = { 'mon-fri': '08:00-21:00', sat: '09:00-18:00', sun: 'closed' };
    const grid = toGrid(value);
    expect(grid.wed).toEqual({ mode: 'open', from: '08:00', to: '21:00' });
    expect(grid.sun.mode).toBe('closed');
    expect(fromGrid(grid)).toEqual(value);
  });

  it('keeps 24h days and treats unnamed days as closed', () => {
    expect(fromGrid(toGrid({ 'mon-sun': '24h' }))).toEqual({ 'mon-sun': '24h' });
    expect(fromGrid(toGrid({ mon: '10:00-12:00' }))).toEqual({ mon: '10:00-12:00', 'tue-sun': 'closed' });
  });

  it('writes an edited day as its own key', () => {
    const grid = toGrid({ 'mon-sun': '07:00-23:00' });
    grid.wed = { mode: 'closed', from: '07:00', to: '23:00' };
    expect(fromGrid(grid)).toEqual({ 'mon-tue': '07:00-23:00', wed: 'closed', 'thu-sun': '07:00-23:00' });
  });
});
