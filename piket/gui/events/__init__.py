"""The events screen: year/month calendar, list, risk scan and advice."""
