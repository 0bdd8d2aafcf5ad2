import 'server-only';
import type { CallOptions, PollResult } from '../provider';

/** What a finished job becomes: outputs and usage, or a failure fal reported in the result itself. */
export type FalOutcome = Extract<PollResult, { state: 'succeeded' | 'failed' }>;

/** How one fal model is called: its queue input from our parameters, and its result as outputs. */
export type FalRecipe = {
  /** The model's input fields (the SDK's generated endpoint types name them). */
  input(options: Pick<CallOptions, 'model' | 'prompt' | 'parameters'>): Record<string, unknown>;
  /** Reads the result body and copies its files at once. */
  collect(data: unknown, options: CallOptions): Promise<FalOutcome>;
};
