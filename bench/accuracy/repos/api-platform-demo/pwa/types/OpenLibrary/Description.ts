export class Description {
  constructor(
    public value: string,
  ) {
  }
}
