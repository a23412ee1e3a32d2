import { describe, expect, it } from 'vitest';
import { fieldOfProblem, parentPath, problemsByField } from '../../../../engine/profile/problem-fields';

const fields = new Set(['name', 'sites[0]', 'sites[1]', 'facts[0]', 'facts[0].label', 'facts[0].value.min', 'names[1]', 'names[1].canonical', 'concept.pillars[0]', 'concept.pillars[0].label', 'glossary.forbidden']);

describe('parentPath', () => {
  it('climbs keys and indexes one at a time', () => {
    expect(parentPath('facts[3].value.min')).toBe('facts[3].value');
    expect(parentPath('facts[3].value')).toBe('facts[3]');
    expect(parentPath('facts[3]')).toBe('facts');
    expect(parentPath('facts')).toBeNull();
    expect(parentPath('(file)')).toBeNull();
  });
});

describe('fieldOfProblem', () => {
  it.each([
    ['name', 'name'],
    ['sites[1]', 'sites[1]'],
    ['facts[0].label', 'facts[0].label'],
    ['facts[0].value.min', 'facts[0].value.min'],
    // Below a field, or in a part with no field of its own: the nearest field above.
    ['facts[0].value.mon-fri', 'facts[0]'],
    ['glossary.forbidden[2].phrase', 'glossary.forbidden'],
    // Ids are not shown: at the label or canonical name they are made from.
    ['facts[0].id', 'facts[0].label'],
    ['names[1].id', 'names[1].canonical'],
    ['concept.pillars[0].id', 'concept.pillars[0].label'],
  ])('%s → %s', (path, field) => {
    expect(fieldOfProblem(path, fields)).toBe(field);
  });

  it('places nowhere a problem no field holds', () => {
    expect(fieldOfProblem('(file)', fields)).toBeNull();
    expect(fieldOfProblem('ignoreRules', fields)).toBeNull();
    expect(fieldOfProblem('facts[5].label', fields)).toBeNull();
    // `names` is not `name`: paths climb by whole keys.
    expect(fieldOfProblem('names', fields)).toBeNull();
  });
});

describe('problemsByField', () => {
  it('groups problems by their field and keeps the rest for the summary', () => {
    const { byField, unplaced } = problemsByField(
      [
        { path: 'facts[0].id', message: 'duplicate id "a": ids must be unique' },
        { path: 'facts[0].label', message: 'expected a non-empty string' },
        { path: 'ignoreRules', message: 'unknown rule "x"' },
      ],
      fields,
    );
    expect([...byField.keys()]).toEqual(['facts[0].label']);
    expect(byField.get('facts[0].label')!.map((p) => p.message)).toEqual(['duplicate id "a": ids must be unique', 'expected a non-empty string']);
    expect(unplaced.map((p) => p.path)).toEqual(['ignoreRules']);
  });
});
