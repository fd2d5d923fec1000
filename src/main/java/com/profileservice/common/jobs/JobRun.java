package com.profileservice.common.jobs;

/** What a trigger of a replica did with its job's current period. */
public enum JobRun {
  /** This replica claimed the period and ran the job; the claim committed with its work. */
  RAN,
  /** The period had already been run, here or on another replica. */
  ALREADY_RAN,
  /** Another trigger (of this or another replica) was running the job at that moment. */
  RUNNING_ELSEWHERE,
  /** The run failed (logged as a warning); its period stays open for the next trigger. */
  FAILED
}
