import { defineConfig, devices } from '@playwright/test';

export default defineConfig({
  testDir: './tests',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 2 : 2,
  workers: process.env.CI ? 5 : undefined,
  globalSetup: require.resolve('./utils/global-setup'),
  globalTeardown: require.resolve('./utils/global-teardown'),
  reporter: [
    ['html'],
    ['junit', { outputFile: 'test-results/junit-results.xml' }]
  ],
  
  use: {
    baseURL: process.env.PLAYWRIGHT_baseURL || 'http://localhost:3000',
    trace: 'on-first-retry',
    screenshot: 'only-on-failure',
    video: 'retain-on-failure',
    headless: true,
  },

  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'] },
    },
/*     {
      name: 'firefox',
      use: { ...devices['Desktop Firefox'] },
    }, */
  ],
});