/**
 * Where the built add-in is served from. The manifest in the repository points at the dev server
 * (https://localhost:3000/); a production build for an organisation's server rewrites those URLs.
 */
'use strict';

const DEV_URL = 'https://localhost:3000/';

/** Normalises a public URL: must be https, ends with '/'. Throws with a readable message otherwise. */
function normalizePublicUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`THETHUC_PUBLIC_URL is not a URL: ${url}`);
  }
  if (parsed.protocol !== 'https:') throw new Error(`THETHUC_PUBLIC_URL must use https (Office requires it): ${url}`);
  if (parsed.search || parsed.hash) throw new Error(`THETHUC_PUBLIC_URL must not have a query or fragment: ${url}`);
  return parsed.href.endsWith('/') ? parsed.href : `${parsed.href}/`;
}

/** Replaces the dev-server origin in every manifest URL by the public URL. */
function rewriteManifestUrls(manifestXml, publicUrl) {
  return manifestXml.split(DEV_URL).join(normalizePublicUrl(publicUrl));
}

module.exports = { DEV_URL, normalizePublicUrl, rewriteManifestUrls };
