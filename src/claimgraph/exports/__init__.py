"""Export formats for analysed articles (events as PLOVER JSON and ACLED-like CSV)."""
