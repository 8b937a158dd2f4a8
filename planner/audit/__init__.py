"""The audit of a council's proposals and roadmap (PL5) against the rules, and the printable
eligibility sheet."""
