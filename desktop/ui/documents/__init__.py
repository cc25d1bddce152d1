"""The project's documents: library, properties, the documents table, importing one or many."""
