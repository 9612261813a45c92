// The same kinds of article in other shapes: HTML with scripts, navigation and entities; Markdown
// with a blockquote, emphasis and a list; plain text hard-wrapped at 70 columns.
import type { CorpusDocument } from "./types";

export const formats: CorpusDocument[] = [
  {
    id: "f01-html",
    about: "HTML page: head, style, script (with a quote mark in it), nav, figure caption, entities, blockquote, <br>",
    format: "html",
    text: `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Whitfield pledges more HIMARS</title>
<style>body{font-family:serif} .q:before{content:"\\201C"}</style>
<script>window.dataLayer=[];function track(){return "&ldquo;not a quote&rdquo; said nobody";}</script></head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<article>
<h1>Whitfield pledges more HIMARS launchers for Kyiv</h1>
<p class="byline">By a staff reporter</p>
<figure><img src="himars.jpg" alt="A launcher"><figcaption>A HIMARS launcher during an exercise in Estonia.</figcaption></figure>
<p>WASHINGTON &mdash; The United States will send Ukraine another eight HIMARS launchers and ammunition worth $400 million, Secretary of State James Whitfield announced on Friday.</p>
<p>&ldquo;Ukraine has shown what these systems can do in the right hands,&rdquo; Whitfield said at the State Department. &ldquo;We intend to keep those hands full.&rdquo;</p>
<blockquote><p>&ldquo;This is not charity. It is an investment in a Europe that stays at peace,&rdquo; he added.</p></blockquote>
<p>Asked whether Congress would approve further funding, Whitfield was cautious:<br>&ldquo;I won&rsquo;t predict votes. I will keep making the case.&rdquo;</p>
<script>track();</script>
</article>
<footer><p>&copy; 2025 Example News</p></footer>
</body></html>`,
    expected: [
      {
        kind: "PARAPHRASE",
        text: "WASHINGTON — The United States will send Ukraine another eight HIMARS launchers and ammunition worth $400 million, Secretary of State James Whitfield announced on Friday.",
        speaker: "James Whitfield",
      },
      { kind: "QUOTE", text: "Ukraine has shown what these systems can do in the right hands", speaker: "James Whitfield" },
      { kind: "QUOTE", text: "We intend to keep those hands full.", speaker: "James Whitfield" },
      { kind: "QUOTE", text: "This is not charity. It is an investment in a Europe that stays at peace", speaker: "James Whitfield" },
      { kind: "QUOTE", text: "I won’t predict votes. I will keep making the case.", speaker: "James Whitfield" },
    ],
  },
  {
    id: "f02-markdown",
    about: "Markdown: heading with a fragment, blockquote, bold speaker name, list items with quotes",
    format: "markdown",
    text: `# Lindqvist: Baltic Sea is now "an alliance lake"

*Stockholm* — Sweden's defence minister says the accession of Finland and Sweden has changed the military balance in the Baltic Sea for good.

> "With Finland and Sweden inside, almost the whole coastline belongs to allies. Russia's fleet in Kaliningrad and St Petersburg now sails through our waters," **Tomas Lindqvist** said in a speech to the Swedish parliament.

Lindqvist said the navy would order four new corvettes and double the number of submarine crews by 2030.

- "We are not building a wall," he said, "we are building a neighbourhood watch."
- He warned against complacency: "Deterrence only works if it is credible every single day."`,
    expected: [
      {
        kind: "QUOTE",
        text: "With Finland and Sweden inside, almost the whole coastline belongs to allies. Russia's fleet in Kaliningrad and St Petersburg now sails through our waters",
        speaker: "Tomas Lindqvist",
      },
      {
        kind: "PARAPHRASE",
        text: "Lindqvist said the navy would order four new corvettes and double the number of submarine crews by 2030.",
        speaker: "Tomas Lindqvist",
      },
      { kind: "QUOTE", text: "We are not building a wall, we are building a neighbourhood watch.", speaker: "Tomas Lindqvist" },
      { kind: "QUOTE", text: "Deterrence only works if it is credible every single day.", speaker: "Tomas Lindqvist" },
    ],
  },
  {
    id: "f03-hard-wrapped",
    about: "plain text hard-wrapped at 70 columns: quotes run over line breaks inside a paragraph",
    format: "text",
    text: `Moreau calls for European "strategic patience" on Ukraine talks

PARIS -- France's foreign minister urged European governments on
Sunday not to rush into ceasefire talks that would leave Ukraine
exposed to a renewed Russian offensive.

"A bad ceasefire is worse than no ceasefire, because it gives the
aggressor time to rearm and the world an excuse to look away,"
Jean-Luc Moreau told a conference of ambassadors in Paris.

Moreau said France was prepared to contribute to a reassurance force
after a ceasefire, but only with American support in the air and in
intelligence.

"We are ready to do our part," he said. "We are not ready to do it
alone."`,
    expected: [
      {
        kind: "QUOTE",
        text: "A bad ceasefire is worse than no ceasefire, because it gives the aggressor time to rearm and the world an excuse to look away",
        speaker: "Jean-Luc Moreau",
      },
      {
        kind: "PARAPHRASE",
        text: "Moreau said France was prepared to contribute to a reassurance force after a ceasefire, but only with American support in the air and in intelligence.",
        speaker: "Jean-Luc Moreau",
      },
      { kind: "QUOTE", text: "We are ready to do our part", speaker: "Jean-Luc Moreau" },
      { kind: "QUOTE", text: "We are not ready to do it alone.", speaker: "Jean-Luc Moreau" },
    ],
  },
];
