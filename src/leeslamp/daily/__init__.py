"""The daily question: the prompt bank, which question is whose day, today's view, the rhythm."""
