import { isNewerRelease } from './releaseCheck';

const running = { entry: 'https://example.org/observatoire/assets/index-AbC123.js', release: 'ecf7c4d24a' };

describe('noticing a newer release', () => {
  it('is the same release when the deployed entry script and data release match the running ones', () => {
    expect(isNewerRelease(running, { entry: 'assets/index-AbC123.js', release: 'ecf7c4d24a' })).toBe(false);
  });

  it('notices new code (another entry script) even when the data did not change', () => {
    expect(isNewerRelease(running, { entry: 'assets/index-XyZ789.js', release: 'ecf7c4d24a' })).toBe(true);
  });

  it('notices new data even when the code did not change', () => {
    expect(isNewerRelease(running, { entry: 'assets/index-AbC123.js', release: '0123456789' })).toBe(true);
  });

  it('says nothing when either side is unknown (dev server, host without release.json)', () => {
    expect(isNewerRelease({ entry: null, release: null }, { entry: 'assets/index-XyZ789.js', release: '0123456789' })).toBe(false);
    expect(isNewerRelease(running, {})).toBe(false);
    expect(isNewerRelease({ ...running, release: null }, { release: '0123456789' })).toBe(false);
  });
});
