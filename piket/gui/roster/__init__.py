"""The roster screen: the week grid, people with their absences and qualifications."""
