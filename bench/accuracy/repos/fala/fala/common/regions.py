from enum import Enum

Region = Enum(
    "Region",
    [
        "NI",
        "IOM",
        "JERSEY",
        "GUERNSEY",
        "ENGLAND_OR_WALES",
        "SCOTLAND",
    ],
)
