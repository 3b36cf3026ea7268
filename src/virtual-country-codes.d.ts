/** ISO 3166-1 numeric codes to alpha-2, made at build time (see countryCodes in vite.config.ts). */
declare module 'virtual:country-codes' {
  const codes: Readonly<Record<string, string>>;
  export default codes;
}
