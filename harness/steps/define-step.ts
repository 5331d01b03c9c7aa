/**
 * A scenario step, declared once: its name, the zod schema of its options (the scenario format is assembled
 * from these, harness/format/schema.ts), its title in the report and how it is played. The options `run`
 * and `title` get are the schema's output, so an option exists for the runner exactly when the format lets
 * a scenario write it.
 */
import { z } from 'zod';
import type { ObservedScreen, Visit } from '../browser/screen-tracker.ts';
import type { RunContext } from '../runner/run-context.ts';

/** What options a step may take: a mapping (most steps) or a list (`logs`). */
export type StepOptions = z.ZodType<object>;

type OptionsOf<O extends StepOptions | undefined> = O extends StepOptions ? z.output<O> : undefined;

interface StepCommon<N extends string, O extends StepOptions | undefined> {
  /** What a scenario writes: `- <name>` or `- <name>: <options>`. */
  name: N;
  /** The options, or none for a step that is only ever written bare. */
  options?: O;
  /** What the step did, for the report's `<name>: <title>`. */
  title(options: OptionsOf<O>): string;
  /**
   * The login ends on this step, written with these options (`complete`, `denied`, an error the screen stops
   * on): a scenario must end in such a step, or it proves less than it reads.
   */
  ends?(options: OptionsOf<O>): boolean;
  /** A check of what already happened (`logs`): it may come after the step the login ended on. */
  checksAfterTheFact?: true;
}

/** A step that answers a screen: the runner waits for the screen first (a different one fails the step). */
interface ScreenStepSpec<N extends string, O extends StepOptions | undefined> extends StepCommon<N, O> {
  screen: ObservedScreen;
  /**
   * The screen offers "Try another method": the scenario may say `tryAnotherMethod: true` instead of
   * answering, and the runner follows it (the step's own options leave it out).
   */
  tryAnotherMethod?: O extends z.ZodObject ? boolean : never;
  run(ctx: RunContext, options: OptionsOf<O>, visit: Visit): Promise<void> | void;
}

/** A step that is not a screen: a check (`logs`) or a change of circumstance (`new-login`, `risk`). */
interface CheckStepSpec<N extends string, O extends StepOptions | undefined> extends StepCommon<N, O> {
  screen?: undefined;
  tryAnotherMethod?: undefined;
  run(ctx: RunContext, options: OptionsOf<O>): Promise<void> | void;
}

export type StepSpec<N extends string, O extends StepOptions | undefined> =
  ScreenStepSpec<N, O> | CheckStepSpec<N, O>;

/** A step as written in one place of a scenario, read against its schema. */
export interface WrittenStep {
  title: string;
  /** `tryAnotherMethod: true`: follow "Try another method" instead of answering. */
  tryAnotherMethod: boolean;
  /** Plays the step; `visit` is its screen, which the runner has waited for. */
  run: (ctx: RunContext, visit: Visit | undefined) => Promise<void>;
}

/** A step module's default export, as the format and the runner see every step alike. */
export interface StepModule<N extends string = string> {
  readonly name: N;
  readonly screen: ObservedScreen | undefined;
  /** The options as a scenario writes them (with `tryAnotherMethod` when the screen offers it), or none. */
  readonly options: z.ZodType | undefined;
  /** Whether `- <name>` alone is allowed: the step takes no options, or none of them is required. */
  readonly bare: boolean;
  /** A check of what already happened, allowed after the outcome (`logs`). */
  readonly checksAfterTheFact: boolean;
  /** Whether the login ends on this step, written with these (validated) options. */
  endsLogin: (written: unknown) => boolean;
  /** Reads options the loader validated (`undefined` for a bare step) into the step's title and run. */
  read: (written: unknown) => WrittenStep;
}

const TRY_ANOTHER_METHOD = z.boolean().optional().describe('Do not answer: follow "Try another method".');

export function defineStep<N extends string, O extends StepOptions | undefined = undefined>(
  spec: StepSpec<N, O>,
): StepModule<N> {
  return { ...erased(spec), name: spec.name };
}

/**
 * The step with its options' type forgotten: the runner holds every step alike. (The spec's methods are
 * checked both ways, so this accepts any `StepSpec`; `defineStep`'s signature is what keeps each one typed.)
 */
function erased(spec: StepSpec<string, StepOptions | undefined>): StepModule {
  const own = spec.options;
  const options =
    spec.tryAnotherMethod && own instanceof z.ZodObject
      ? own.extend({ tryAnotherMethod: TRY_ANOTHER_METHOD })
      : own;
  return {
    name: spec.name,
    screen: spec.screen,
    options,
    bare: options === undefined || options.safeParse({}).success,
    checksAfterTheFact: spec.checksAfterTheFact === true,
    endsLogin(written) {
      const { tryAnotherMethod, rest } = spec.tryAnotherMethod
        ? splitTryAnotherMethod(written)
        : { tryAnotherMethod: false, rest: written };
      return !tryAnotherMethod && (spec.ends?.(own?.parse(rest ?? {})) ?? false);
    },
    read(written) {
      const { tryAnotherMethod, rest } = spec.tryAnotherMethod
        ? splitTryAnotherMethod(written)
        : { tryAnotherMethod: false, rest: written };
      // A bare step is its options left out: `- complete` is `- complete: {}`, defaults included.
      const parsed = own?.parse(rest ?? {});
      return {
        title: spec.title(parsed),
        tryAnotherMethod,
        run: async (ctx, visit) => {
          if (spec.screen === undefined) return spec.run(ctx, parsed);
          if (!visit) throw new Error(`${spec.name}: the runner plays a screen step only once on its screen`);
          return spec.run(ctx, parsed, visit);
        },
      };
    },
  };
}

function splitTryAnotherMethod(written: unknown): { tryAnotherMethod: boolean; rest: unknown } {
  if (typeof written !== 'object' || written === null || !('tryAnotherMethod' in written))
    return { tryAnotherMethod: false, rest: written };
  const { tryAnotherMethod, ...rest } = written;
  return { tryAnotherMethod: tryAnotherMethod === true, rest };
}
