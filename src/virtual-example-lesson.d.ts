/** The address of the example lesson, checked against the lesson schema at build time (see exampleLesson in vite.config.ts). */
declare module 'virtual:example-lesson' {
  const url: string;
  export default url;
}
