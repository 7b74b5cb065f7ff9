/**
 * The scenario model: what a scenario file says (after loading and validation against
 * `scenarios/schema.json`) and what running it produced (what reporters read). The file format is
 * described for QA teams in scenarios/README.md.
 * @see issue 7; docs/decisions/0008-scenarios.md
 */
export {};
