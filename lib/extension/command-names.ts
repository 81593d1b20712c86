/**
 * The manifest's keyboard commands, by name. Its own file, free of browser APIs, because
 * wxt.config.ts reads it in Node to write the manifest.
 */
export const COMMANDS = {
  'toggle-site': { key: 'Alt+Shift+E', description: 'Turn Evident off or on for this site' },
  'toggle-marks': { description: 'Hide or show Evident’s marks on this page' },
} as const;
