// The event src/main.tsx dispatches on window once React has hydrated the prerendered screen;
// src/boot.ts then does again what someone did on the screen before that.
export const HYDRATED = 'rpl-workup:hydrated';
