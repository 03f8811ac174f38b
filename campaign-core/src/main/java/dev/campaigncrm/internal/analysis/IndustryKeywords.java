package dev.campaigncrm.internal.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The industry a word points to. Strong words name an industry on their own ("Bakery", "Logistics"); weak words only
 * lean towards one ("Labs", "Capital", "Partners") and lose to a strong word in the same name, so "Okafor Health Labs"
 * is Healthcare and "Cloud Nine Bakery" is Food &amp; Beverage.
 */
public final class IndustryKeywords {

    private static final Map<String, Entry> TABLE = table();

    private IndustryKeywords() {
    }

    private static Map<String, Entry> table() {
        Map<String, Entry> t = new LinkedHashMap<>();
        add(t, "Healthcare", true, "health", "healthcare", "clinic", "clinics", "medical", "pharma",
                "pharmaceutical", "pharmaceuticals", "hospital", "dental", "biotech", "therapeutics", "klinik");
        add(t, "Healthcare", false, "care");
        add(t, "Financial Services", true, "bank", "banking", "finance", "financial", "insurance", "fintech",
                "versicherung", "lending", "credit", "investments", "wealth");
        add(t, "Financial Services", false, "capital", "fund", "funds");
        add(t, "Logistics", true, "logistik", "logistics", "freight", "shipping", "transport", "transportation",
                "trucking", "cargo", "courier", "spedition", "warehousing");
        add(t, "Food & Beverage", true, "bakery", "bakeries", "cafe", "caf\u00e9", "restaurant", "restaurants",
                "foods", "food", "b\u00e4ckerei", "brewery", "coffee", "catering", "winery", "beverages");
        add(t, "Software", true, "software", "analytics", "saas", "technologies", "cyber", "computing");
        add(t, "Software", false, "labs", "tech", "cloud", "data", "ai", "digital", "it", "systems", "apps");
        add(t, "Legal", true, "law", "legal", "rechtsanw\u00e4lte", "rechtsanwalt", "attorneys", "attorney",
                "lawyers", "solicitors");
        add(t, "Retail", true, "retail", "retailers");
        add(t, "Retail", false, "store", "stores", "shop", "shops", "boutique", "outlet", "mart", "market");
        add(t, "Manufacturing", true, "manufacturing", "steel", "fabrication", "machinery", "plastics", "factory");
        add(t, "Manufacturing", false, "industries", "works", "industrial");
        add(t, "Education", true, "school", "schools", "university", "academy", "college", "education",
                "schule");
        add(t, "Real Estate", true, "realty", "properties", "property", "estates", "immobilien", "realtors");
        add(t, "Energy", true, "energy", "solar", "renewables", "utilities");
        add(t, "Energy", false, "power", "wind", "oil", "gas");
        add(t, "Media", true, "media", "publishing", "publishers", "broadcasting", "films");
        add(t, "Media", false, "studio", "studios", "press", "news");
        add(t, "Consulting", true, "consulting", "consultancy", "consultants", "beratung");
        add(t, "Consulting", false, "advisors", "advisers", "advisory", "partners");
        add(t, "Construction", true, "construction", "builders", "contractors", "bau", "roofing");
        return Collections.unmodifiableMap(t);
    }

    private static void add(Map<String, Entry> table, String industry, boolean strong, String... words) {
        for (String w : words) {
            if (table.putIfAbsent(w, new Entry(industry, strong)) != null) {
                throw new IllegalStateException("duplicate industry keyword " + w);
            }
        }
    }

    /**
     * The industry named by {@code words}: the first strong keyword, else the first weak one (unless
     * {@code strongOnly}).
     */
    public static Optional<Hit> find(List<String> words, boolean strongOnly) {
        Hit weak = null;
        for (String word : words) {
            Entry e = TABLE.get(word);
            if (e == null) {
                continue;
            }
            if (e.strong) {
                return Optional.of(new Hit(e.industry, word));
            }
            if (weak == null && !strongOnly) {
                weak = new Hit(e.industry, word);
            }
        }
        return Optional.ofNullable(weak);
    }

    /**
     * The industry of a strong keyword of five letters or more at the start or end of a run-together word, as in
     * the domain {@code northwindlogistics}; the first such word decides.
     */
    public static Optional<Hit> findEmbedded(List<String> words) {
        for (String word : words) {
            for (Map.Entry<String, Entry> e : TABLE.entrySet()) {
                String key = e.getKey();
                if (e.getValue().strong && key.length() >= 5 && word.length() > key.length()
                        && (word.endsWith(key) || word.startsWith(key))) {
                    return Optional.of(new Hit(e.getValue().industry, key));
                }
            }
        }
        return Optional.empty();
    }

    /** True when {@code word} is a keyword of any industry. */
    public static boolean isKeyword(String word) {
        return TABLE.containsKey(word);
    }

    /** The industries in the table. */
    public static Set<String> industries() {
        return Set.copyOf(TABLE.values().stream().map(Entry::industry).toList());
    }

    /** An industry and the keyword that named it (a word from this table, never the lead's own text). */
    public record Hit(String industry, String keyword) {
    }

    private record Entry(String industry, boolean strong) {
    }
}
