package org.dossier.generate;

import java.util.List;

/** The fixed words synthetic articles are written with: plain news prose, so search and layout see real shapes. */
final class Vocabulary {

    static final List<String> WORDS = List.of(
            "the", "of", "and", "to", "in", "a", "for", "on", "with", "that", "by", "as", "at", "from", "its", "has",
            "was", "is", "will", "be", "said", "after", "before", "over", "under", "between", "during", "while",
            "defence", "defense", "production", "agreement", "minister", "ministry", "government", "industry",
            "company", "companies", "factory", "factories", "plant", "contract", "contracts", "supply", "supplies",
            "ammunition", "shells", "drones", "vehicles", "armoured", "air", "naval", "missile", "systems", "radar",
            "support", "cooperation", "partners", "partner", "allies", "alliance", "security", "military", "forces",
            "army", "navy", "training", "joint", "venture", "investment", "investments", "funding", "budget", "billion",
            "million", "euros", "dollars", "capacity", "manufacturing", "export", "exports", "exported", "import",
            "technology", "technologies", "research", "development", "delivery", "deliveries", "order", "orders",
            "announced", "signed", "agreed", "confirmed", "reported", "stated", "expected", "planned", "launched",
            "expanded", "increased", "reduced", "delayed", "approved", "rejected", "discussed", "negotiated",
            "officials", "spokesperson", "parliament", "committee", "president", "prime", "chief", "director",
            "executive", "board", "summit", "meeting", "talks", "visit", "conference", "statement", "report",
            "week", "month", "year", "quarter", "spring", "summer", "autumn", "winter", "today", "yesterday",
            "new", "first", "second", "third", "major", "long-term", "short-term", "bilateral", "multilateral",
            "national", "international", "regional", "european", "strategic", "critical", "key", "large", "small",
            "additional", "further", "several", "many", "most", "some", "other", "both", "each", "all", "more",
            "less", "than", "about", "around", "nearly", "almost", "up", "down", "into", "out", "across", "within",
            "without", "against", "toward", "through", "including", "according", "also", "however", "meanwhile",
            "because", "although", "since", "until", "when", "where", "which", "who", "whose", "this", "these",
            "those", "their", "they", "it", "he", "she", "we", "our", "not", "no", "only", "already", "still",
            "plans", "plan", "programme", "project", "projects", "framework", "memorandum", "deal", "deals",
            "line", "lines", "site", "sites", "workers", "jobs", "output", "costs", "price", "prices", "market",
            "demand", "shortage", "shortages", "steel", "components", "parts", "engines", "electronics", "software",
            "maintenance", "repair", "logistics", "transport", "border", "region", "city", "capital", "country",
            "countries", "state", "states", "union", "council", "agency", "office", "press", "media", "analysts",
            "experts", "sources", "figures", "data", "growth", "decline", "rise", "fall", "record", "level",
            "levels", "target", "targets", "goal", "goals", "progress", "stage", "phase", "step", "steps");

    private Vocabulary() {
    }
}
