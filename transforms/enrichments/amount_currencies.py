"""The currencies an amount may be in: signs and letters before a number (`SYMBOLS`), words after it
(`CURRENCY_WORDS`, a country's before its currency's word: `NATIONAL_CURRENCIES`), and their hundredths
(`HUNDREDTHS`), each with its ISO 4217 code. `amount_pattern.AMOUNT` matches them (where a letter is a currency
only before some numbers, `amount_letter_currencies` says which), `amount_reading` reads them.
"""

from __future__ import annotations

SYMBOLS = {"US$": "USD", "$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "A$": "AUD", "C$": "CAD", "HK$": "HKD",
           "₹": "INR", "Rs": "INR", "Rs.": "INR", "INR": "INR",
           # the dollars and reals written with their country's letters, and the signs of one currency each
           "AU$": "AUD", "NZ$": "NZD", "S$": "SGD", "NT$": "TWD", "R$": "BRL", "CA$": "CAD", "Can$": "CAD",
           "J$": "JMD",  # Jamaica's papers' dollar ("J$2 billion": it was a US one, worse than none)
           # ... and after the "$", as Australian and New Zealand papers write them ("$A400,000", "$US2bn")
           "$A": "AUD", "$NZ": "NZD", "$US": "USD",
           "₦": "NGN", "₩": "KRW", "₽": "RUB", "₺": "TRY", "₴": "UAH", "₪": "ILS", "₱": "PHP", "₫": "VND", "฿": "THB"}
# Kenyan shillings as Kenya's press writes them before a number ("KSh 500 million", "Ksh2bn", "Kshs. 300"). Not
# a bare "Sh" ("Sh500 million"): Kenya's, Uganda's, Tanzania's and Somalia's shillings are all written so, and
# only the story's country would tell them apart ("shillings" too need the country: NATIONAL_CURRENCIES).
KENYAN_SHILLINGS = tuple(f"K{sh}{s}{dot}" for sh in ("Sh", "sh") for s in ("s", "") for dot in (".", ""))
SYMBOLS.update(dict.fromkeys(KENYAN_SHILLINGS, "KES"))
# ... and Tanzania's and Uganda's as their papers write them, their country's letter before "Sh" ("TSh 10 million",
# "USh5 billion"): the letter says whose shilling, as "K" does (they were a number without a currency)
EAST_AFRICAN_SHILLINGS = {f"{country}{sh}{s}{dot}": code for country, code in (("T", "TZS"), ("U", "UGX"))
                          for sh in ("Sh", "sh") for s in ("s", "") for dot in (".", "")}
SYMBOLS.update(EAST_AFRICAN_SHILLINGS)
# A bare "Sh" glued to a number is still an amount ("Sh45 billion", "Sh1,200": it was no amount at all, the number
# being glued to a letter), read where a naira's "N" would be (`letter_symbols`): before a scale word of millions or
# more or in thousands parted by commas, not "Sh2" or "SH-60" helicopters; its currency is the one its paragraph's
# country says (`amount_shillings.shilling_code`), else none.
BARE_SHILLINGS = "Sh"
# South African rand as its press writes them, "R50 billion", "R1.5bn", "R500m", "R8,500 a month": an "R" glued
# to a number is a rand only before a scale word of millions or more or in thousands parted by commas
# (`letter_symbols`). "R" before a bare number is as often something else, a South African road ("the R21") as
# much as "R2-D2", a film's "R18" rating or a regression's "R2", so "R500" alone is no amount (on the dev corpora
# every "R" before a number is an "Epson R800" printer).
SYMBOLS["R"] = "ZAR"
# Nigerian naira as Nigeria's press writes them, "N28.7 trillion", "N500m", "N1,650 per dollar": an "N" glued
# to a number is a naira only before a scale word of millions or more or in thousands parted by commas
# (`letter_symbols`). "N" before a bare number is a road ("the N1", "the N2 motorway") or a name ("N95 masks", "N64").
SYMBOLS["N"] = "NGN"
# The Gulf papers' letters for their currencies, glued to the number: "Dh5 billion", "Dhs1.2bn" (Gulf News, Khaleej
# Times: UAE dirhams), "SR100 million" (Arab News: Saudi riyals), "QR3 billion", "KD500 million", "BD1.2m",
# "JD20,000", "RO5m" (Qatar's, Kuwait's, Bahrain's, Jordan's and Oman's). As an "N", only where a naira's number
# would be (`letter_symbols`): before a scale word of millions or more or in thousands parted by commas, not "SR71" or
# "KD2"; a space apart only before a scale word of millions or more ("SR 500 million", as "R 2 billion", "N 45
# billion").
# Bangladesh's "Tk" ("Tk 122 a litre", "Tk 1,200 crore") is read as they are, only before such numbers: "Tcl/Tk 8.6" is
# a toolkit's version, no taka.
GULF_LETTERS = {"Dhs": "AED", "Dh": "AED", "SR": "SAR", "QR": "QAR", "KD": "KWD", "BD": "BHD", "JD": "JOD", "RO": "OMR",
                "Tk": "BDT"}
SYMBOLS.update(GULF_LETTERS)
# The currency signs an amount may start with besides "$" (`amount_candidates` finds them), and the
# letters that may stand before a "$" ("US$5bn", "NZ$300m": the amount starts at the letters), longest first.
SIGNS = "£€¥₹₦₩₽₺₴₪₱₫฿"
DOLLAR_PREFIXES = tuple(sorted({k[:-1] for k in SYMBOLS if k.endswith("$") and len(k) > 1}, key=lambda p: (-len(p), p)))
# Letters after the "$" are matched by `AMOUNT` at the "$" itself; the candidates need no more.
# AG News writes every "$" after a backslash, a country's letters before it: "A\$2.16 billion" is Australian dollars,
# as "A$2.16 billion" is (it was US dollars, the amount read from the "$"); `AMOUNT` reads the letters over it.
ESCAPED_DOLLAR = "\\$"
# ISO 4217 codes news and wire copy write before an amount ("USD 2.5 billion", "EUR750m", "CHF 3 million"):
# the code is the currency (not PHP: "PHP 7" is the programming language more often than pesos).
ISO_CODES = ("USD EUR GBP JPY CNY CHF AUD CAD NZD HKD SGD ZAR NGN KES GHS EGP BRL MXN ARS RUB UAH KRW SEK NOK DKK "
             "PLN CZK HUF TRY SAR AED QAR KWD ILS PKR BDT LKR IDR MYR THB VND TWD").split()
SYMBOLS.update({code: code for code in ISO_CODES if code not in SYMBOLS})
# A dollar sign left as a character reference ("&#36;"), and as AG News keeps it, without its "&" ("Cingular Closes
# #36;41 Bln ATT Wireless Deal", as its apostrophes are "#39;"): money in dollars, as "&#163;1.8m" is in pounds.
DOLLAR_ENTITY = "#36;"
CURRENCY_WORDS = {"dollars": "USD", "pounds": "GBP", "euros": "EUR", "yen": "JPY", "yuan": "CNY",
                  "rupees": "INR", "francs": "CHF", "roubles": "RUB", "rubles": "RUB", "pence": "GBP",
                  "cents": "USD", "p": "GBP",
                  # Currencies only one country calls so ("500 billion naira", "2m rand", "10 trillion rupiah")
                  "naira": "NGN", "rand": "ZAR", "rupiah": "IDR", "ringgit": "MYR", "baht": "THB",
                  "renminbi": "CNY", "hryvnias": "UAH", "hryvnia": "UAH", "zlotys": "PLN", "zloty": "PLN",
                  "kronor": "SEK", "reais": "BRL", "shekels": "ILS", "cedis": "GHS",
                  # ... and the Pacific's, "45 million tala" (Samoa), "200 million kina" (Papua New Guinea)
                  "tala": "WST", "kina": "PGK",
                  # ... Asia's, the Caucasus' and Africa's that only one country calls so ("50 billion taka", "2
                  # trillion tenge", "20 billion birr"), singular and plural as their press writes them
                  "taka": "BDT", "kyat": "MMK", "kyats": "MMK", "riel": "KHR", "riels": "KHR", "kip": "LAK",
                  "tenge": "KZT", "lari": "GEL", "dram": "AMD", "drams": "AMD", "birr": "ETB", "nakfa": "ERN",
                  "leones": "SLE", "dalasi": "GMD", "ariary": "MGA", "pula": "BWP", "maloti": "LSL", "loti": "LSL",
                  "emalangeni": "SZL", "lilangeni": "SZL",
                  # ... Tajikistan's and Mongolia's ("5 billion somoni", "100 billion tugrik", also written togrog)
                  "somoni": "TJS", "tugrik": "MNT", "tugriks": "MNT", "togrog": "MNT", "tögrög": "MNT",
                  # ... and Latin America's named by their plural word, that only one country calls so ("45 million
                  # bolivianos", "3,000 soles", "80 million quetzales"), with and without the accent its press drops;
                  # colones are Costa Rica's (El Salvador's went with its dollar in 2001). Plurals only: a "sol" is the
                  # sun's and a "colon" the gut's or punctuation's more often than money's
                  "bolivianos": "BOB", "soles": "PEN", "guaraníes": "PYG", "guaranies": "PYG", "guaranis": "PYG",
                  "colones": "CRC", "quetzales": "GTQ", "quetzals": "GTQ", "lempiras": "HNL", "córdobas": "NIO",
                  "cordobas": "NIO",
                  # Words several countries' currencies share, read by the paragraph's country
                  # (`amount_country_currencies.paragraph_currency`): "Kenya will spend 5 billion shillings"
                  "shillings": "", "pesos": "", "kwacha": "", "manat": "", "som": "", "soums": "", "soum": "",
                  # hundredths of a rupee as Indian papers quote the rupee's moves ("fell 12 paise to 83.45")
                  "paise": "INR"}
# The shared words that are a thing of their own where the paragraph names none of their countries, so what a count
# counts: Mongolia's soums are its districts ("Mongolia has 330 soums"), Uzbekistan's its money
COUNTED_UNNAMED = frozenset({"soum", "soums"})
# A country's name before its currency's word ("2 billion Australian dollars", "50m Pakistani rupees",
# "1.5 trillion South Korean won"): that country's currency. The words several countries' currencies
# share (pesos, kroner, shillings, dinars, riyals, lira, won) are a currency only so.
NATIONAL_CURRENCIES = {
    "dollars": {"Australian": "AUD", "Canadian": "CAD", "New Zealand": "NZD", "Hong Kong": "HKD",
                "Singapore": "SGD", "Singaporean": "SGD", "Taiwan": "TWD", "Taiwanese": "TWD",
                "New Taiwan": "TWD", "US": "USD", "U.S.": "USD", "American": "USD", "Jamaican": "JMD",
                "Zimbabwean": "ZWL", "Namibian": "NAD", "Fijian": "FJD"},
    "pounds": {"Egyptian": "EGP", "Lebanese": "LBP", "Sudanese": "SDG", "Syrian": "SYP", "British": "GBP",
               "sterling": "GBP"},
    # "CFA francs" alone are West Africa's (XOF) or Central Africa's (XAF): no currency, as pesos alone
    "francs": {"Swiss": "CHF", "West African CFA": "XOF", "Central African CFA": "XAF", "Rwandan": "RWF",
               "Congolese": "CDF"},
    "rupees": {"Indian": "INR", "Pakistani": "PKR", "Sri Lankan": "LKR", "Nepali": "NPR", "Nepalese": "NPR",
               "Mauritian": "MUR"},
    "yuan": {"Chinese": "CNY"}, "yen": {"Japanese": "JPY"}, "rand": {"South African": "ZAR"},
    "pesos": {"Mexican": "MXN", "Argentine": "ARS", "Argentinian": "ARS", "Philippine": "PHP", "Colombian": "COP",
              "Chilean": "CLP", "Cuban": "CUP", "Dominican": "DOP", "Uruguayan": "UYU"},
    "kroner": {"Norwegian": "NOK", "Danish": "DKK"}, "kronor": {"Swedish": "SEK"},
    "shillings": {"Kenyan": "KES", "Ugandan": "UGX", "Tanzanian": "TZS", "Somali": "SOS"},
    "dinars": {"Iraqi": "IQD", "Jordanian": "JOD", "Kuwaiti": "KWD", "Algerian": "DZD", "Tunisian": "TND",
               "Serbian": "RSD", "Libyan": "LYD", "Bahraini": "BHD"},
    "riyals": {"Saudi": "SAR", "Qatari": "QAR", "Omani": "OMR", "Yemeni": "YER", "Iranian": "IRR"},
    "rials": {"Iranian": "IRR", "Omani": "OMR"},
    "lira": {"Turkish": "TRY", "Lebanese": "LBP", "Syrian": "SYP"},
    "won": {"South Korean": "KRW", "Korean": "KRW", "North Korean": "KPW"},
    "dirhams": {"Moroccan": "MAD", "UAE": "AED", "Emirati": "AED"},
    "taka": {"Bangladeshi": "BDT"}, "kyat": {"Myanmar": "MMK"}, "cedis": {"Ghanaian": "GHS"},
    "kwacha": {"Zambian": "ZMW", "Malawian": "MWK"}, "birr": {"Ethiopian": "ETB"}, "dong": {"Vietnamese": "VND"},
    "tenge": {"Kazakh": "KZT"}, "lei": {"Romanian": "RON"}, "forints": {"Hungarian": "HUF"},
    "koruna": {"Czech": "CZK"}, "rubles": {"Russian": "RUB", "Belarusian": "BYN"}, "roubles": {"Russian": "RUB"},
    # Latin America's own plural words named with their country too ("5 million Peruvian soles" counted "soles")
    "soles": {"Peruvian": "PEN"}, "bolivianos": {"Bolivian": "BOB"}, "colones": {"Costa Rican": "CRC"},
    "quetzales": {"Guatemalan": "GTQ"}, "lempiras": {"Honduran": "HNL"}, "córdobas": {"Nicaraguan": "NIO"},
    "cordobas": {"Nicaraguan": "NIO"}, "guaraníes": {"Paraguayan": "PYG"}, "guaranis": {"Paraguayan": "PYG"},
    # hundredths of a currency named with it ("73 US cents", "70 euro cents"): `HUNDREDTHS`
    "cents": {"US": "USD", "U.S.": "USD", "euro": "EUR", "Australian": "AUD", "Canadian": "CAD", "Singapore": "SGD",
              "New Zealand": "NZD", "Hong Kong": "HKD"},
}
CURRENCY_WORDS.update({f"{country} {word}": code for word, countries in NATIONAL_CURRENCIES.items()
                       for country, code in countries.items()})
# The currencies a headline in Title Case writes after a capitalised scale word ("5 Million Dollars").
TITLE_CURRENCIES = ("Dollars", "Euros", "Pounds", "Rupees", "Yen", "Yuan")
# Won without a country only after a scale word, as Korean amounts are written ("50 billion won"),
# never before an apostrophe ("won't"), and only in a paragraph that speaks of Korea; with a country,
# only for a thousand won or more: "2 won" and "1 million won prizes" are the verb
# (`amounts.rows`, `amount_won.unsure_won`).
SCALED_ONLY = "won"
CURRENCY_WORDS[SCALED_ONLY] = "KRW"
# Dong without a country only for a thousand or more, as Vietnamese amounts are written ("40 trillion dong", "15,000
# dong"; a dong is worth a few thousandths of a cent): "2 dong" is a count (`amount_won.unsure_won`).
THOUSANDS_ONLY = "dong"
CURRENCY_WORDS[THOUSANDS_ONLY] = "VND"
# The least sum a currency word is sure to be its currency at (`amount_won.unsure_won`): dong from a thousand, and from
# a million the words that are English or another language's nouns too, kina (New Zealand's sea urchins: "divers
# collected 200 kina"), kip (a nap) and dram (whisky's): a state's budget or a fine in them runs to millions, while
# a count of urchins or drams seldom does; under it the number is matched without the word.
LEAST_SUMS = {THOUSANDS_ONLY: 1e3, "kina": 1e6, "kip": 1e6, "dram": 1e6, "drams": 1e6}
# A cent hyphenated to its number, a coin's or a wage's worth ("a 50-cent coin", "a fifty-cent-an-hour raise": they
# were none), as cents are dollars' (`amount_pattern._HYPHENED`); only so: "50 cent" alone is as often a name's.
HYPHENED_CENT = "cent"
CURRENCY_WORDS[HYPHENED_CENT] = "USD"
HUNDREDTHS = {"pence", "cents", "p", "paise", HYPHENED_CENT,
              *(f"{country} cents" for country in NATIONAL_CURRENCIES["cents"])}
