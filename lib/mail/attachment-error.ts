/** An attachment that cannot be built: retrying cannot help, so the mail fails permanently. */
export class UnknownAttachmentError extends Error {
  constructor(detail: string) {
    super(`添付ファイルを作成できません: ${detail}`);
    this.name = "UnknownAttachmentError";
  }
}
