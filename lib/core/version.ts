/** Version of the code and rules that make records (kept equal to package.json by a test). */
export const PACKAGE_VERSION = '0.1.0';
/** Value of every record's `pipeline_version`. */
export const PIPELINE_VERSION = `winnow/${PACKAGE_VERSION}`;
