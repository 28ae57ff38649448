"""The participant pages: the searchable list and the form for new and existing participants."""
