/* eslint-disable jest/expect-expect */
describe('Example test to satisfy jest (to be removed from your app)', () => {
  test('to be removed from your app', async () => {
    // eslint-disable-line @typescript-eslint/no-empty-function
  });
});
