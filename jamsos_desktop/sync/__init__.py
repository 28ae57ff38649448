"""Device identity, bundle format, receipts and transports between kelurahan offices and the hub."""
