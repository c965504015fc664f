"""Aandacht notes: anchoring a note to its passage, finding the passage again after a change."""
