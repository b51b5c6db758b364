"""Reading files people send us (spreadsheets); never Qt. The domain logic is in the core."""
