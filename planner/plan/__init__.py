"""The CP-SAT planner of one holder: the earliest feasible path to a target, its cheaper later
alternatives, and what-if; compiled from the checker's own rule objects."""
