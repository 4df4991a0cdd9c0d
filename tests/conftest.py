"""Test-wide settings.

Property tests check behaviour, never speed (speed is for benchmarks/): the first call of a test
may load a language model or dictionary, and a shared CI machine can stall, so hypothesis gets
no per-example deadline and no too-slow health check.
"""

from hypothesis import HealthCheck, settings

settings.register_profile(
    "dualtrace", deadline=None, suppress_health_check=[HealthCheck.too_slow], print_blob=True
)
settings.load_profile("dualtrace")
