export class SearchDoc {
    constructor(
        public id?: number,
        public title?: string,
        public authors?: Array<string>,
    ) {
    }
}
