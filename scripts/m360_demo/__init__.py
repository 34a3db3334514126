"""Synthetic demo warehouse for movement_360.

Generates raw tables shaped like the real vendor syncs (NGP VAN, Mobilize,
Action Network, Spoke, Scale to Win, ThruText, Hustle, ThruTalk, Empower) for
one state organizing group over one election cycle, with the ground truth
(which records are the same human, who really made each contact attempt) that
tests and benchmarks score against. Everything is synthetic and deterministic.
"""
