"""dualtrace: trace military and dual-use supply chains from news, customs records and lists."""

__version__ = "0.1.0"
