export class Item {
  constructor(
    public key: string,
  ) {
  }
}
