/**
 * Query parameters that only track a click or a campaign and never change what a page
 * shows. They are dropped when URLs are normalised, so the same story reached from a
 * newsletter, a social post and the home page counts as one URL.
 * Exact names are compared lower-cased; prefixes cover whole families.
 */

/** Families: every parameter starting with one of these. */
export const TRACKING_PREFIXES: readonly string[] = [
  'utm_', // Google Analytics campaign tags (utm_source, utm_medium, utm_campaign …)
  'mtm_', // Matomo campaign tags
  'pk_', // Piwik (older Matomo) campaign tags
  'hsa_', // HubSpot ads
  'oly_', // Omeda newsletters (oly_enc_id, oly_anon_id)
];

/** Single parameters, lower-cased. */
export const TRACKING_PARAMS: ReadonlySet<string> = new Set([
  'fbclid', // Facebook click id
  'gclid', // Google Ads click id
  'gclsrc',
  'dclid', // DoubleClick click id
  'gbraid', // Google Ads, iOS app campaigns
  'wbraid', // Google Ads, web-to-app
  'msclkid', // Microsoft Ads click id
  'yclid', // Yandex click id
  'twclid', // X/Twitter click id
  'ttclid', // TikTok click id
  'li_fat_id', // LinkedIn
  'igshid', // Instagram share id
  'mc_cid', // Mailchimp campaign id
  'mc_eid', // Mailchimp subscriber id
  '_ga', // Google Analytics cross-domain linker
  '_gl',
  '_hsenc', // HubSpot email
  '_hsmi',
  'mkt_tok', // Marketo email
  'vero_id', // Vero email
  'vero_conv',
  'ocid', // Microsoft/MSN referral
  'cmpid', // common newsroom campaign ids
  'ncid',
  'sr_share', // share buttons
  'at_medium', // AT Internet campaign tags
  'at_campaign',
]);

export function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_PARAMS.has(lower) || TRACKING_PREFIXES.some((p) => lower.startsWith(p));
}
