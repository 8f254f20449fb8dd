// Public route key
export const PUBLIC_ROUTE_KEY = 'Public';

// Role decorator key
export const ROLES_DECORATOR_KEY = 'Roles';
