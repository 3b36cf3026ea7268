/** The address of the basemap's outlines file, made at build time (see countryPathsAsset in vite.config.ts). */
declare module 'virtual:country-paths' {
  const url: string;
  export default url;
}
