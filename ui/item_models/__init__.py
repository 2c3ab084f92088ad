"""Qt item models over the services' queries (an ORM entity is a "model"; these are item models)."""
