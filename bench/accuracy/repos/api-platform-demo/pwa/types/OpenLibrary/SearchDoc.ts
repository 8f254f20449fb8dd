export class SearchDoc {
    constructor(
        public title?: string,
        public author_name?: Array<string>,
        public seed?: Array<string>,
    ) {
    }
}
