import { UserHttpModule } from './user/user.http.module';

export const APP_SERVICES = [
  UserHttpModule,
];
