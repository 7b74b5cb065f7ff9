export { ClockDisposedError, ClockReentrancyError } from './clock.js';
export { createClock } from './create-clock.js';
