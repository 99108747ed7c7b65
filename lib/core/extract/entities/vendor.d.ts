// Type declarations for the first-name lists of `gender-detection-from-name` (CommonJS
// modules exporting a Map from lower-case first name to 'male' | 'female' | 'unisex').
declare module 'gender-detection-from-name/names/de.js' {
  const names: Map<string, string>;
  export default names;
}
declare module 'gender-detection-from-name/names/es.js' {
  const names: Map<string, string>;
  export default names;
}
declare module 'gender-detection-from-name/names/it.js' {
  const names: Map<string, string>;
  export default names;
}
