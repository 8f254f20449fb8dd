import { SearchDoc } from "./SearchDoc";

export class Search {
    constructor(
        public results: Array<SearchDoc>,
    ) {
    }
}
