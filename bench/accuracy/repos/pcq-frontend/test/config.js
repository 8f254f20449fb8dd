module.exports = {
    TestFrontendUrl: process.env.TEST_URL || 'http://localhost:4000',
    TestGetUserUrl: 'http://pcq-backend-aat.service.core-compute-aat.internal/pcq/backend/getAnswer',
    TestccdCaseId: '1234567890123456',
    TestpartyId: 'test@gmail.com',
    TestserviceId: 'probate',
    Testactor: 'applicant',
    TestVerison: '1'
};
