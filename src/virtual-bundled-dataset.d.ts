/** The address of the bundled events, checked at build time (see bundledDataset in vite.config.ts). */
declare module 'virtual:bundled-dataset' {
  const url: string;
  export default url;
}
