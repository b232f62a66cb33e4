import { classBreaks, classify } from './classes';

describe('classBreaks (ckmeans)', () => {
  it('groups similar values together', () => {
    const classes = classBreaks([1, 2, 3, 50, 52, 55, 300, 310, 1000], 4);
    expect(classes).toEqual([
      { min: 1, max: 3 },
      { min: 50, max: 55 },
      { min: 300, max: 310 },
      { min: 1000, max: 1000 },
    ]);
  });

  it('makes no more classes than distinct values, and none without values', () => {
    expect(classBreaks([7, 7, 7, 12])).toHaveLength(2);
    expect(classBreaks([4])).toEqual([{ min: 4, max: 4 }]);
    expect(classBreaks([])).toEqual([]);
  });
});

describe('classify', () => {
  const classes = [
    { min: 1, max: 3 },
    { min: 50, max: 55 },
  ];
  it('puts a value in its class, and a value between classes in the lower one', () => {
    expect(classify(2, classes)).toBe(0);
    expect(classify(50, classes)).toBe(1);
    expect(classify(20, classes)).toBe(0);
    expect(classify(5, [])).toBe(-1);
  });
});
