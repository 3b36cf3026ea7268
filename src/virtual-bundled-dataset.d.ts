/** The bundled events, checked at build time, and their translations (see bundledDataset in vite.config.ts). */
declare module 'virtual:bundled-dataset' {
  /** The address of the checked events, without their translations. */
  const url: string;
  export default url;
  /** The address of each language's words for the events (lib/checked-translations.ts), by language tag. */
  export const translations: Readonly<Record<string, string>>;
}
