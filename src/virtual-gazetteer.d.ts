/** The address of the gazetteer asset, made at build time (see gazetteerAsset in vite.config.ts). */
declare module 'virtual:gazetteer' {
  const url: string;
  export default url;
}
