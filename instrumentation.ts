// Runs once when a server starts. The facet index (lib/statements/live-facet-index.ts) begins its
// first load at once, in the background, instead of at the first reader's request: at a million
// statements that load takes about half a minute.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  try {
    const { warmFacetIndex } = await import("@/lib/statements/live-facet-index");
    warmFacetIndex();
  } catch (error) {
    // A server that cannot warm the index still serves: the first reader loads it.
    console.error("Could not start loading the facet index:", error);
  }
}
