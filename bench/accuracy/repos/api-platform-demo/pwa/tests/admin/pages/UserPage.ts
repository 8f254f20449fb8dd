import { AbstractPage } from "./AbstractPage";

export class UserPage extends AbstractPage {
}
