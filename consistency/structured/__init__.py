"""Who, where, when, how many: event frames from the dependency parse, time anchoring,
quantities as ranges, entity aliases across the corpus, and the structured comparison of
two frames that yields location, time, number, role and dispute signals.
"""
