/** A material that cannot be read; the message completes "FILE …" ("is not a readable PDF"). */
export class MaterialError extends Error {}
