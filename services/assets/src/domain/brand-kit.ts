/** What a client's brand kit says; each publication is a new version of all of it. */
export interface BrandKitContent {
  name: string;
  colours: { name: string; hex: string }[];
  fonts: { family: string; usage: string }[];
  logoAssetIds: string[];
}

/** Logo references that name no asset of the client. */
export const unknownLogos = (content: Pick<BrandKitContent, 'logoAssetIds'>, known: Set<string>): string[] =>
  content.logoAssetIds.filter((id) => !known.has(id));
