"""PDF printouts built with fpdf2."""
