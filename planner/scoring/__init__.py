"""The yearly bonus scoring of an emulation block (PL1 + PL2): totals, ranking, exports."""
