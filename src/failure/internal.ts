// The empty scenario: nothing failed.
import { FailureSet } from '../routing/index';

export const NO_FAILURE = new FailureSet([]);
