"""Pure rules of the program: identity numbers, areas, categories, tariffs, validation. No Qt, no SQL."""
