"""The ground every part stands on: where things live, settings, the run's context, errors as
sentences, atomic files, dates, limits and outside text made safe. No Textual."""
