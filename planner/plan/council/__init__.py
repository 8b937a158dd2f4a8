"""The council at once: every holder's target under shared flag quotas."""
