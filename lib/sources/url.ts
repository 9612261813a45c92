// One spelling per web address, so the same article pasted twice (with a fragment, a tracking
// parameter or a trailing slash) is recognised as the same source.
const TRACKING_PARAMS = new Set([
  "fbclid",
  "gclid",
  "gclsrc",
  "dclid",
  "msclkid",
  "yclid",
  "twclid",
  "ttclid",
  "li_fat_id",
  "igshid",
  "mc_cid",
  "mc_eid",
  "_ga",
  "_gl",
  "_hsenc",
  "_hsmi",
  "mkt_tok",
  "ocid",
  "cmpid",
  "wt.mc_id",
  "ref_src",
  "ref_url",
]);

const isTrackingParam = (name: string) => {
  const lower = name.toLowerCase();
  return lower.startsWith("utm_") || TRACKING_PARAMS.has(lower);
};

function decodeName(name: string): string {
  try {
    return decodeURIComponent(name.replace(/\+/g, " "));
  } catch {
    return name;
  }
}

/**
 * The canonical form of an http(s) address, or null when `raw` is not one (other schemes,
 * credentials in the address, no host). Scheme and host are lowercased (the URL parser does it),
 * the default port, fragment, tracking parameters and a trailing slash are dropped; the rest of
 * the path and the order of the remaining parameters are kept, since servers may depend on them.
 */
export function normaliseUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  if (!url.hostname || url.username || url.password) return null;

  // Filter the raw pairs rather than re-encoding them, so "?a=%2F&flag" stays exactly as given.
  const kept = url.search
    .slice(1)
    .split("&")
    .filter((pair) => pair !== "" && !isTrackingParam(decodeName(pair.split("=")[0] ?? "")));
  const search = kept.length ? `?${kept.join("&")}` : "";
  const path = url.pathname.replace(/\/+$/, "");
  return `${url.protocol}//${url.host}${path}${search}`;
}
