"""Countries people name as where their data must stay that have no region of their own in the vocabulary
(``assistant.vocab.DataRegion``): a rule naming one is a residency rule whose region is then asked about
(no offer is known to keep processing in that one country, and a wider region would be a guess). Data only.
"""

from __future__ import annotations

# Names as people write them, lower case, for regular expressions (matched on word bounds). Adjectives are left
# out: "in Portuguese" is a language, not a place.
COUNTRIES_WITHOUT_REGION = (
    r"portugal|austria|belgium|denmark|finland|greece|czechia|czech republic|hungary|romania|bulgaria|croatia|"
    r"slovakia|slovenia|estonia|latvia|lithuania|luxembourg|malta|cyprus|iceland|liechtenstein|mexico|argentina|"
    r"chile|colombia|peru|uruguay|china|mainland china|hong kong|taiwan|indonesia|malaysia|thailand|vietnam|"
    r"philippines|new zealand|saudi arabia|ksa|qatar|bahrain|kuwait|oman|israel|turkey|türkiye|egypt|morocco|"
    r"nigeria|kenya|south africa|ukraine|pakistan|bangladesh|sri lanka|serbia|kazakhstan|russia"
)
