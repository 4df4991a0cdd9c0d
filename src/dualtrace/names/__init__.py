"""Names: normalise, transliterate, compare with an explanation, and find candidates by blocking.

from dualtrace.names import compare
r = compare("ООО «ТСК Вектор»", "TSK VEKTOR, OOO", schema="Company")
r.score, r.is_match, r.explanation
"""

from dualtrace.names.compare import MATCH_THRESHOLD, Comparison, compare
from dualtrace.names.index import Hit, NameIndex

__all__ = ["MATCH_THRESHOLD", "Comparison", "Hit", "NameIndex", "compare"]
