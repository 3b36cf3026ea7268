/** The places the map names for orientation, chosen at build time (see referencePlaces in vite.config.ts). */
declare module 'virtual:reference-places' {
  const rows: ReadonlyArray<import('./lib/reference-places').PlaceRow>;
  export default rows;
}
