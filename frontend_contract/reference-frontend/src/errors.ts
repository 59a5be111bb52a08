/** A request this frontend refuses (bad filter or calendar values): rendered as a 400 page with the message. */
export class BadRequestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BadRequestError";
  }
}
