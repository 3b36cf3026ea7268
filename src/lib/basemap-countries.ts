/** Antarctica's id among the outlines (ISO 3166-1 numeric): the basemap leaves it out, as Web Mercator cannot show it. */
export const ANTARCTICA = '010';
