/** Where the basemap writes each country's name, worked out at build time (see countryLabelPlaces in vite.config.ts). */
declare module 'virtual:country-labels' {
  const labels: ReadonlyArray<import('./lib/country-labels').CountryLabel>;
  export default labels;
}
