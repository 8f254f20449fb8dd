export class Thumbnails {
  constructor(
    public medium: string,
    public large: string,
  ) {
  }
}
