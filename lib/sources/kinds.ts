export const SOURCE_KINDS = ["OFFICIAL_TRANSCRIPT", "PRESS_RELEASE", "NEWS_ARTICLE", "VIDEO", "SOCIAL_MEDIA", "OTHER"] as const;
export type SourceKindValue = (typeof SOURCE_KINDS)[number];

export const SOURCE_KIND_LABEL: Record<SourceKindValue, string> = {
  OFFICIAL_TRANSCRIPT: "Official transcript",
  PRESS_RELEASE: "Press release",
  NEWS_ARTICLE: "News article",
  VIDEO: "Video",
  SOCIAL_MEDIA: "Social media post",
  OTHER: "Other",
};
