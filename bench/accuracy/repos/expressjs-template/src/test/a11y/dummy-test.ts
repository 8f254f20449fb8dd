/* eslint-disable jest/expect-expect */
describe('Fake test to work around an issue', () => {
  it('does nothing', async () => {
    //see https://github.com/facebook/jest/issues/5783#issuecomment-450626450
  });
});
