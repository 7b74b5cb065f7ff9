/**
 * The scenario model: what a scenario file says (after loading and validation against
 * `scenarios/schema.json`) and what running it produced (what reporters read). The file format is
 * described for QA teams in scenarios/README.md.
 * @see issue 7; docs/decisions/0008-scenarios.md
 */
/** A JSON value as scenario files hold it. */
export type Json = null | boolean | number | string | Json[] | {
    [key: string]: Json;
};
/** Where something is in a scenario file (1-based line and column). */
export interface SourcePosition {
    readonly file: string;
    readonly line: number;
    readonly column: number;
}
/** A loaded, validated scenario. */
export interface Scenario {
    readonly file: string;
    readonly title: string;
    readonly description?: string;
    readonly tags: readonly string[];
    readonly given: Given;
    readonly steps: readonly Step[];
    readonly then: readonly Check[];
    /** Position of each step and check (`steps/3`, `then/0`), for error messages. */
    readonly positions: Readonly<Record<string, SourcePosition>>;
}
/** The starting point: a throwaway sandbox configured for the scenario. */
export interface Given {
    /** The sandbox clock's start (frozen); default: the target's current time. */
    readonly clock?: string;
    readonly profile?: 'instant' | 'realistic' | 'manual';
    readonly fractionOfLimit?: number;
    readonly province?: 'simulated' | 'connected';
    readonly provinceBaseUrl?: string;
    /** Sandbox configuration overrides (`SandboxConfigOverrides`). */
    readonly config?: Readonly<Record<string, Json>>;
    /** Citizens generated for the scenario, bound by name: `${people.mother.soDinhDanh}`. */
    readonly people?: Readonly<Record<string, {
        readonly trait: string;
        readonly maTinh?: string;
    }>>;
    /** Fault rules put before the steps (`FaultRule` bodies with an `id`). */
    readonly faults?: readonly (Readonly<Record<string, Json>> & {
        readonly id: string;
    })[];
    /** The client system the calls use unless a step says otherwise (default `tinh-demo`). */
    readonly client?: string;
    /** `X-Officer-Id` of the calls unless a step says otherwise (default `cb.hotich.38001`). */
    readonly officer?: string;
    /**
     * A stand-in province system the sandbox is connected to: `correct` registers with the
     * civil-status software and reports, `silent` never reports, `invalid` answers off-contract.
     */
    readonly provinceStub?: 'correct' | 'silent' | 'invalid';
    /** A loopback webhook receiver the client subscribes to every event type. */
    readonly receiver?: {
        readonly failFirst?: number;
        readonly status?: number;
    };
}
/** Who makes a call: a client system's token, the admin token, or nobody. */
export type Caller = string | 'anonymous' | 'admin';
/** What a call must answer. */
export interface Expectation {
    readonly status?: number | readonly number[];
    /** The problem's `code` (or its `type` URN). */
    readonly problem?: string;
    /** Validate the answer against the operation's contract (default true). */
    readonly schema?: boolean;
    /** JSON pointer → expected value, or a matcher. */
    readonly fields?: Readonly<Record<string, Json | Matcher>>;
}
/** A matcher for a field. Exactly one member. */
export interface Matcher {
    readonly equals?: Json;
    readonly matches?: string;
    readonly exists?: boolean;
    readonly oneOf?: readonly Json[];
    readonly gte?: number | string;
    readonly lte?: number | string;
    readonly length?: number;
    readonly contains?: Json;
}
/** The e-form builders a call may use instead of a literal body. */
export interface FormRequest {
    /** `mau01` (birth: from an expecting mother) or `mau02` (death: from a deceased person). */
    readonly kind: 'mau01' | 'mau02';
    /** The person the form is about (a `people` name). */
    readonly person: string;
    /** Who asks (a `people` name; default: the mother, or the deceased's spouse). */
    readonly requester?: string;
    readonly maTTHC?: string;
    readonly thuTucCon?: readonly string[];
    readonly cheDoHuong?: readonly string[];
    /** Members merged over the built form (JSON Merge Patch: `null` removes). */
    readonly override?: Readonly<Record<string, Json>>;
}
/** Call an operation by `operationId`. */
export interface CallStep {
    readonly kind: 'call';
    readonly name?: string;
    readonly operationId: string;
    readonly as?: Caller;
    readonly params?: Readonly<Record<string, Json>>;
    readonly query?: Readonly<Record<string, Json>>;
    readonly headers?: Readonly<Record<string, string>>;
    readonly body?: Json;
    readonly form?: FormRequest;
    readonly expect?: Expectation;
    /** Variable name → JSON pointer into the answer body (`maHoSo: /maHoSo`). */
    readonly save?: Readonly<Record<string, string>>;
}
/** Move the sandbox clock. Exactly one member. */
export interface AdvanceStep {
    readonly kind: 'advance';
    readonly workingDays?: number;
    /** ISO 8601 duration (`PT2H`, `P3D`). */
    readonly duration?: string;
    readonly to?: string;
}
/** Wait until a dossier has an event of a type (polling its event history). */
export interface WaitForStep {
    readonly kind: 'waitFor';
    readonly event: string;
    readonly dossier: string;
    readonly timeoutMs?: number;
}
/** Act as the agency officer on a pending step (manual profile). */
export interface OfficerStep {
    readonly kind: 'officer';
    readonly dossier: string;
    readonly leg: string;
    readonly decide: 'approve' | 'refuse' | 'requestSupplement';
    readonly reasons?: readonly {
        readonly ma: string;
        readonly moTa: string;
    }[];
    readonly expect?: Expectation;
}
/** Act as the citizen in VNeID: answer the dossier's pending confirmation. */
export interface CitizenStep {
    readonly kind: 'citizen';
    readonly dossier: string;
    readonly answer: 'agree' | 'refuse';
    readonly expect?: Expectation;
}
/** One step of a scenario. */
export type Step = CallStep | AdvanceStep | WaitForStep | OfficerStep | CitizenStep;
/** A dossier's final state. */
export interface DossierCheck {
    readonly kind: 'dossier';
    readonly dossier: string;
    readonly status?: number | readonly number[];
    /** Leg code → expected `LegStatus`. */
    readonly legs?: Readonly<Record<string, string>>;
    readonly fields?: Readonly<Record<string, Json | Matcher>>;
}
/** A dossier's events: these types appear in this order (other events may come between). */
export interface EventsCheck {
    readonly kind: 'events';
    readonly dossier: string;
    readonly order: readonly string[];
    /** `soThuTu` runs 1..n without gaps (default true). */
    readonly noGaps?: boolean;
}
/** What the scenario's webhook receiver got. */
export interface ReceivedCheck {
    readonly kind: 'received';
    readonly dossier: string;
    readonly order?: readonly string[];
    /** Every event id arrived at least once, and after de-duplication in `soThuTu` order. */
    readonly complete?: boolean;
    /** Every signature verified against the target's JWKS (default true). */
    readonly signed?: boolean;
}
/** A final check: a dossier, its events, the webhooks received, or any call (cross-system state). */
export type Check = DossierCheck | EventsCheck | ReceivedCheck | (CallStep & {
    readonly kind: 'call';
});
/** An HTTP exchange as reports show it (ID numbers kept: this is synthetic data). */
export interface Exchange {
    readonly request: {
        readonly method: string;
        readonly url: string;
        readonly headers: Readonly<Record<string, string>>;
        readonly body?: Json;
    };
    readonly response?: {
        readonly status: number;
        readonly headers: Readonly<Record<string, string>>;
        readonly body?: Json;
    };
    readonly error?: string;
}
/** An expectation that broke. */
export interface Failure {
    /** `steps/2` or `then/0`. */
    readonly at: string;
    readonly position?: SourcePosition;
    /** What was expected, in plain words (`status 201`, `/trangThai equals 10`). */
    readonly expectation: string;
    readonly expected?: Json;
    readonly actual?: Json;
    /** The exchange the expectation was about, if any. */
    readonly exchange?: Exchange;
}
/** How one step or check went. */
export interface StepResult {
    readonly at: string;
    readonly kind: Step['kind'] | Check['kind'];
    /** One line: `call lienthongSubmitDossier → 201`, `advance 3 working days`. */
    readonly label: string;
    readonly outcome: 'passed' | 'failed' | 'skipped';
    readonly durationMs: number;
    readonly exchanges: readonly Exchange[];
    readonly failures: readonly Failure[];
}
/** One call the target's journal recorded during the scenario, for the timeline. */
export interface TimelineEntry {
    /** Sandbox time. */
    readonly at: string;
    readonly system: string;
    readonly operationId: string;
    readonly status: number;
    readonly maHoSo?: string;
    readonly clientId?: string;
}
/** How one scenario went. */
export interface ScenarioResult {
    readonly file: string;
    readonly title: string;
    readonly tags: readonly string[];
    /** `error`: the scenario could not run (bad file, target down) — see `error`. */
    readonly outcome: 'passed' | 'failed' | 'error';
    readonly error?: string;
    readonly sandboxId?: string;
    readonly startedAt: string;
    readonly durationMs: number;
    readonly steps: readonly StepResult[];
    readonly failures: readonly Failure[];
    /** The dossiers the scenario touched, each with its calls across systems in order. */
    readonly dossiers: readonly {
        readonly maHoSo: string;
        readonly timeline: readonly TimelineEntry[];
    }[];
}
/** A whole run. */
export interface RunReport {
    readonly target: string;
    readonly startedAt: string;
    readonly durationMs: number;
    readonly parallel: number;
    readonly scenarios: readonly ScenarioResult[];
    readonly totals: {
        readonly passed: number;
        readonly failed: number;
        readonly error: number;
    };
}
