import { SearchDoc } from "./SearchDoc";

export class Search {
    constructor(
        public docs: Array<SearchDoc>,
    ) {
    }
}
