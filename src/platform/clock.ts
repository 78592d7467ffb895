/** The time, injectable: tests move it forward to expire sessions and tokens without waiting. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
