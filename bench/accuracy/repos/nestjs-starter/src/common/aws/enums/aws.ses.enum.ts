export enum AWS_SES_EMAIL_TEMPLATES {
    WELCOME_EMAIL = 'welcome-email',
}

export enum AWS_SES_EMAIL_TEMPLATE_SUBJECTS {
    WELCOME_EMAIL = 'Welcome to Nesjts Starter Project',
}
