export enum APP_ENVIRONMENT {
    PRODUCTION = 'production',
    STAGING = 'staging',
    DEVELOPMENT = 'development',
    LOCAL = 'local',
}

export enum APP_BULL_QUEUES {
    EMAIL = 'email_queue',
}
