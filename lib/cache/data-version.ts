import "server-only";

// The older name of cachedAggregate, kept for the modules that cache by data version.
export { cachedAggregate as cachedByDataVersion, cachedByTags } from "./aggregates";
