/** Build settings read from the environment by src/config.ts. */
interface ImportMetaEnv {
  readonly VITE_TILE_URL?: string;
  readonly VITE_TILE_ATTRIBUTION?: string;
  readonly VITE_TILE_MAX_ZOOM?: string;
  readonly VITE_DATA_HOSTS?: string;
}
