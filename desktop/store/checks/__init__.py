"""Finding damage: row checks for rows from outside, and their SQL twin for stored rows."""
