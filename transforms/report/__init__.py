"""The report page: Vega-Lite charts, evidence marks and the HTML template (pure: rows in, HTML out)."""
